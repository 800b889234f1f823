"""Bad configuration, one table, two front ends.

Each case is a configuration file (or something standing where one should
be) beside a draft. The CLI must print exactly one line naming the file, the
key or position, and what is wrong, and exit 2. The language server must
say the same line once (window/showMessage and window/logMessage), lint the
draft with the default settings, and keep serving.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import pytest_lsp
from pytest_lsp import LanguageClient

from answerlint import cli
from answerlint.engine import lint_text
from answerlint.plugins import default_registry
from answerlint.settings import Settings

sys.path.insert(0, str(Path(__file__).parent / "lsp"))
from lsp_harness import CONFIG, open_draft, pushed, start  # noqa: E402

DRAFT = "# Story\n\nThe launch failed because the vendor was late with the API.\n"
BIG = b"select = []\n" + b"# padding\n" * 110_000


def fifo(path: Path) -> None:
    os.mkfifo(path)


def loop(path: Path) -> None:
    os.symlink(path.name, path)  # a symlink to itself: reading it fails


def dangling(path: Path) -> None:
    os.symlink(path.parent / "nowhere.toml", path)


def folder(path: Path) -> None:
    path.mkdir()


# (id, file name, content or a function making it, what the line says after "FILE: ")
CASES = [
    ("invalid-toml", "answerlint.toml", b"select = [", "invalid TOML: Invalid value (at end of document)"),
    ("invalid-toml-position", "answerlint.toml", b"ignore = []\nx = \"\\q\"\n", "invalid TOML: Unescaped '\\' in a string (at line 2, column 8)"),
    ("duplicate-key", "answerlint.toml", b"select = []\nignore = []\nselect = ['AL1']\n", "invalid TOML: Cannot overwrite a value (at line 3, column 17)"),
    ("duplicate-table", "answerlint.toml", b"[length]\nmin-words = 5\n[length]\n", "invalid TOML: Cannot declare ('length',) twice (at line 3, column 8)"),
    ("utf16-bom", "answerlint.toml", "select = []\n".encode("utf-16"), "is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8"),
    ("not-utf8", "answerlint.toml", b"select = []\nignore = ['caf\xe9']\n", "not UTF-8 (line 2, byte 26)"),
    ("directory", "answerlint.toml", folder, "is a directory, not a configuration file"),
    ("fifo", "answerlint.toml", fifo, "is not a regular file"),
    ("symlink-loop", "answerlint.toml", loop, "cannot read: Too many levels of symbolic links"),
    ("dangling-symlink", "answerlint.toml", dangling, "cannot read: No such file or directory"),
    ("too-big", "answerlint.toml", BIG, f"is {len(BIG):,} bytes; a configuration file is at most 1,000,000"),
    ("unknown-key", "answerlint.toml", b"selekt = []\n", "selekt: unknown key (did you mean 'select'?)"),
    ("unknown-key-control", "answerlint.toml", b'"a\\nb" = 1\n', "a\\nb: unknown key"),
    ("select-string", "answerlint.toml", b"select = 'AL101'\n", "select: expected a list of rule names or codes, got a string ('AL101')"),
    ("select-number-item", "answerlint.toml", b"select = [101]\n", "select: expected a list of rule names or codes, got a list"),
    ("unknown-rule", "answerlint.toml", b"ignore = ['blame-shift']\n", "ignore: unknown rule 'blame-shift' (did you mean 'blame-shifting'?)"),
    ("severity-unknown-rule", "answerlint.toml", b"[severity]\nblame = 'error'\n", "severity.blame: unknown rule"),
    ("severity-bad-name", "answerlint.toml", b"[severity]\nhedging = 'loud'\n", "severity.hedging: expected error, warning, info, hint or off, got a string ('loud')"),
    ("severity-not-table", "answerlint.toml", b"severity = 'error'\n", "severity: expected a table of rule = severity, got a string ('error')"),
    ("globs-not-table", "answerlint.toml", b"per-file-ignores = ['*.md']\n", "per-file-ignores: expected a table of glob = [rules], got a list"),
    ("bad-glob", "answerlint.toml", b"[per-file-ignores]\n'[a.md' = ['AL101']\n", "per-file-ignores.'[a.md': bad glob '[a.md': '[' is never closed"),
    ("empty-glob", "answerlint.toml", b"[per-file-ignores]\n' ' = ['AL101']\n", "per-file-ignores.' ': empty glob"),
    ("glob-wildcards", "answerlint.toml", b"[per-file-ignores]\n'*a*a*a*a*a*a*a*a*a' = ['AL101']\n", "per-file-ignores.'*a*a*a*a*a*a*a*a*a': bad glob '*a*a*a*a*a*a*a*a*a': more than 8 wildcards"),
    ("glob-rules-not-list", "answerlint.toml", b"[per-file-ignores]\n'*.md' = 'AL101'\n", "per-file-ignores.'*.md': expected a list of rule names or codes, got a string ('AL101')"),
    ("length-not-table", "answerlint.toml", b"length = 300\n", "length: expected a table, got a number (300)"),
    ("negative-length", "answerlint.toml", b"[length]\nmax-words = -3\n", "length.max-words: expected a positive whole number, got a number (-3)"),
    ("fractional-length", "answerlint.toml", b"[length]\nmin-words = 1.5\n", "length.min-words: expected a positive whole number, got a number (1.5)"),
    ("boolean-length", "answerlint.toml", b"[length]\nmin-words = true\n", "length.min-words: expected a positive whole number, got a boolean (True)"),
    ("min-over-max", "answerlint.toml", b"[length]\nmin-words = 500\nmax-words = 300\n", "length: min-words (500) is larger than max-words (300)"),
    ("unknown-length-key", "answerlint.toml", b"[length]\nmax-word = 300\n", "length.max-word: unknown key (did you mean 'max-words'?)"),
    ("phrases-wrong-rule", "answerlint.toml", b"[extend-phrases]\nno-metrics = ['x']\n", "extend-phrases.no-metrics: this rule does not use a phrase list"),
    ("phrases-empty", "answerlint.toml", b"[extend-phrases]\nhedging = ['']\n", "extend-phrases.hedging: expected a list of non-empty strings, got a list"),
    ("cache-dir-type", "answerlint.toml", b"cache-dir = 3\n", "cache-dir: expected a folder path, got a number (3)"),
    ("max-draft-bytes-negative", "answerlint.toml", b"max-draft-bytes = -1\n", "max-draft-bytes: expected a positive whole number of bytes, got a number (-1)"),
    ("max-draft-bytes-string", "answerlint.toml", b"max-draft-bytes = '1MB'\n", "max-draft-bytes: expected a positive whole number of bytes, got a string ('1MB')"),
    ("budget-zero", "answerlint.toml", b"rule-time-budget = 0\n", "rule-time-budget: expected a positive number of seconds, got a number (0)"),
    ("budget-infinite", "answerlint.toml", b"rule-time-budget = inf\n", "rule-time-budget: expected a positive number of seconds, got a number (inf)"),
    ("pyproject-not-table", "pyproject.toml", b"[tool]\nanswerlint = 3\n", "tool.answerlint: must be a table"),
    ("pyproject-unknown-key", "pyproject.toml", b"[tool.answerlint]\nselct = []\n", "tool.answerlint.selct: unknown key (did you mean 'select'?)"),
]

# The cases about the file itself rather than a key: the cache and --config read files their own way.
FILE_CASES = [c for c in CASES if c[0] in {"invalid-toml", "utf16-bom", "not-utf8", "directory", "fifo", "symlink-loop", "dangling-symlink", "too-big"}]

# Files that look odd but are fine: each gives the default settings and no message.
ACCEPTED = [
    ("empty", b""),
    ("only-comments", b"# nothing set yet\n\n"),
    ("utf8-bom", b"\xef\xbb\xbfignore = []\n"),
    ("crlf", b"ignore = []\r\n[length]\r\nmin-words = 100\r\n"),
]


def make_case(root: Path, case_id: str, name: str, content) -> tuple[Path, Path]:
    """The case's folder with its config and a draft; returns (config path, draft path)."""
    here = root / case_id
    here.mkdir(parents=True)
    config = here / name
    if callable(content):
        content(config)
    else:
        config.write_bytes(content)
    draft = here / "draft.md"
    draft.write_text(DRAFT)
    return config, draft


def expected_line(config: Path, said: str) -> str:
    return f"{config.parent.resolve() / config.name}: {said}"


def test_there_are_at_least_twenty_kinds():
    assert len(CASES) >= 20 and len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case_id, name, content, said", CASES, ids=[c[0] for c in CASES])
def test_the_cli_says_one_line_and_exits_2(tmp_path, capsys, case_id, name, content, said):
    config, draft = make_case(tmp_path, case_id, name, content)
    status = cli.main(["check", "--no-cache", str(draft)])
    out, err = capsys.readouterr()
    assert (status, err) == (2, f"answerlint: {expected_line(config, said)}\n")
    assert out == ""


@pytest.mark.parametrize("case_id, name, content, said", FILE_CASES, ids=[c[0] for c in FILE_CASES])
def test_the_cli_with_its_cache_says_the_same(tmp_path, capsys, case_id, name, content, said):
    config, draft = make_case(tmp_path, case_id, name, content)
    status = cli.main(["check", "--cache-dir", str(tmp_path / "cache"), str(draft)])
    assert (status, capsys.readouterr().err) == (2, f"answerlint: {expected_line(config, said)}\n")


@pytest.mark.parametrize("case_id, name, content, said", FILE_CASES + CASES[-4:], ids=[c[0] for c in FILE_CASES + CASES[-4:]])
def test_the_cli_names_a_bad_config_given_with_dash_dash_config(tmp_path, capsys, case_id, name, content, said):
    config, draft = make_case(tmp_path, case_id, name, content)
    status = cli.main(["check", "--no-cache", "--config", str(config), str(draft)])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and err.endswith(f": {said}\n")


@pytest.mark.parametrize("case_id, content", ACCEPTED, ids=[c[0] for c in ACCEPTED])
def test_odd_but_valid_files_give_the_defaults(tmp_path, capsys, case_id, content):
    _, draft = make_case(tmp_path, case_id, "answerlint.toml", content)
    status = cli.main(["check", "--no-cache", "--select", "AL101", "-q", str(draft)])
    out, err = capsys.readouterr()
    assert (status, err) == (1, "") and "AL101" in out


# -- the language server --------------------------------------------------------------------


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def server(lsp_client: LanguageClient, tmp_path_factory):
    await start(lsp_client, "visual-studio-code", tmp_path_factory.mktemp("bad-config-root"))
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio(loop_scope="module")
async def test_the_server_says_one_line_per_case_keeps_the_defaults_and_keeps_serving(server: LanguageClient, tmp_path):
    registry = default_registry()
    defaults = sorted((f.code, f.start) for f in lint_text(DRAFT, Settings(), registry).findings)
    assert defaults  # the draft has findings at default settings: the comparison below means something
    seen = 0
    for case_id, name, content, said in CASES:
        config, draft = make_case(tmp_path, case_id, name, content)
        uri = draft.as_uri()
        open_draft(server, uri, DRAFT)
        found = await pushed(server, uri, 1)
        assert len([d for d in found if d.code]) == len(defaults), case_id
        messages = [m.message for m in server.messages[seen:]]
        seen = len(server.messages)
        line = f"{config.parent.resolve() / config.name}: {said}; linting with the default settings until it is fixed"
        assert messages == [line], case_id
        assert "\n" not in line
