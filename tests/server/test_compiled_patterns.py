"""Compiled regex programs kept between runs: a replayed pattern is the pattern, and anything odd falls back."""

import marshal
import re

import pytest
import regex

from answerlint import compiled_patterns

# Named groups, look-behind, \p classes, verbose mode, case folding: what the rules' patterns use.
SOURCES = [
    (r"(?<![\p{L}\p{N}])(?:(?P<me>I|we)\s+(?:missed|forgot)|the\s+(?P<other>vendor|client)s?)(?![\p{L}\p{N}])", regex.I | regex.V0),
    (r"""(?:since\s+then|ever\s+since)\s*,?\s+(?:I|we)\s+  # a practice kept
         (?!(?:know|knew)\b)\p{L}+""", regex.I | regex.V0 | regex.X),
    (r"[零一二两三]+(?:个月|周|天)|\p{N}+%", 0),
]
# The same shapes as stdlib re writes them.
RE_SOURCES = [
    (r"(?<![^\W_])(?:(?P<me>i|we)\s+(?:missed|forgot)|the\s+(?P<other>vendor|client)s?)(?![\w-])", re.I),
    (r"""(?:since\s+then|ever\s+since)\s*,?\s+(?:I|we)\s+  # a practice kept
         (?!(?:know|knew)\b)\w+""", re.I | re.X),
]
TEXT = "Since then, I check every order. The vendors were late and I missed it; 两周 later we hit 40% — WE FORGOT again. ÉCOLE"


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A process that has compiled nothing yet, with its table under ``tmp_path``."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    def restart():
        monkeypatch.setattr(compiled_patterns, "_compiled", {})
        monkeypatch.setattr(compiled_patterns, "_table", None)
        monkeypatch.setattr(compiled_patterns, "_used", set())
        monkeypatch.setattr(compiled_patterns, "_new", 0)

    restart()
    return restart


def _same(got: regex.Pattern, source: str, flags: int) -> None:
    want = regex.compile(source, flags, cache_pattern=False)
    assert (got.pattern, got.flags, got.groups, got.groupindex) == (want.pattern, want.flags, want.groups, want.groupindex)
    assert [(m.span(), m.groups()) for m in got.finditer(TEXT)] == [(m.span(), m.groups()) for m in want.finditer(TEXT)]
    assert [m.span() for m in got.finditer(TEXT, 5, 60)] == [m.span() for m in want.finditer(TEXT, 5, 60)]


def _same_re(got: re.Pattern, source: str, flags: int) -> None:
    want = re._compiler.compile(source, flags)  # not from re's own cache
    assert (got.pattern, got.flags, got.groups, got.groupindex) == (want.pattern, want.flags, want.groups, want.groupindex)
    assert [(m.span(), m.groups()) for m in got.finditer(TEXT)] == [(m.span(), m.groups()) for m in want.finditer(TEXT)]


def _no_parsing(monkeypatch):
    """Make the pure-Python compilers of regex and re fail, so only a replayed program can succeed."""

    def refuse(*args, **kwargs):
        raise AssertionError("compiled, not replayed")

    monkeypatch.setattr(regex._main, "_compile", refuse)
    monkeypatch.setattr(re._compiler, "compile", refuse)


def test_a_replayed_program_matches_as_the_compiled_pattern_does(fresh, monkeypatch):
    for source, flags in SOURCES:
        _same(compiled_patterns.compile(source, flags), source, flags)
    for source, flags in RE_SOURCES:
        _same_re(compiled_patterns.compile_re(source, flags), source, flags)
    compiled_patterns.save()
    assert compiled_patterns.table_path().exists()

    fresh()  # the next run
    with monkeypatch.context() as patched:
        _no_parsing(patched)
        replayed = [compiled_patterns.compile(source, flags) for source, flags in SOURCES]
        replayed_re = [compiled_patterns.compile_re(source, flags) for source, flags in RE_SOURCES]
    for pattern, (source, flags) in zip(replayed, SOURCES):
        _same(pattern, source, flags)
    for pattern, (source, flags) in zip(replayed_re, RE_SOURCES):
        _same_re(pattern, source, flags)


def test_a_pattern_is_compiled_once_per_run(fresh, monkeypatch):
    source, flags = SOURCES[0]
    first = compiled_patterns.compile(source, flags)
    _no_parsing(monkeypatch)
    assert compiled_patterns.compile(source, int(flags)) is first


def test_a_corrupt_table_is_ignored_and_rewritten(fresh):
    path = compiled_patterns.table_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not a table")
    source, flags = SOURCES[1]
    _same(compiled_patterns.compile(source, flags), source, flags)
    compiled_patterns.save()
    assert ("regex", source, int(flags)) in marshal.loads(path.read_bytes())


def test_a_damaged_program_is_never_replayed(fresh, monkeypatch):
    source, flags = SOURCES[0]
    compiled_patterns.compile(source, flags)
    compiled_patterns.save()
    path = compiled_patterns.table_path()
    table = marshal.loads(path.read_bytes())
    key = ("regex", source, int(flags))
    damaged = bytearray(table[key])
    damaged[-3] ^= 0x01  # one bit of the program
    assert compiled_patterns._unseal(table[key]) is not None
    assert compiled_patterns._unseal(bytes(damaged)) is None
    table[key] = bytes(damaged)
    path.write_bytes(marshal.dumps(table))
    fresh()
    replays = []
    real = compiled_patterns._replay
    monkeypatch.setattr(compiled_patterns, "_replay", lambda *a: replays.append(real(*a)) or replays[-1])
    _same(compiled_patterns.compile(source, flags), source, flags)
    assert replays == [None]


def test_an_entry_of_the_wrong_shape_is_compiled_afresh(fresh):
    source, flags = SOURCES[0]
    path = compiled_patterns.table_path()
    path.parent.mkdir(parents=True)
    entry = compiled_patterns._seal(marshal.dumps((source, int(flags), [1, 2, 3])))
    path.write_bytes(marshal.dumps({("regex", source, int(flags)): entry}))
    _same(compiled_patterns.compile(source, flags), source, flags)


def test_a_program_compiled_with_other_flags_is_not_used(fresh):
    source, flags = SOURCES[0]
    other, other_flags = SOURCES[2]
    compiled_patterns.compile(other, other_flags)
    program = marshal.loads(compiled_patterns._unseal(compiled_patterns._load()[("regex", other, int(other_flags))]))
    compiled_patterns.save()
    fresh()
    # a table giving this source the program of a pattern compiled without IGNORECASE
    path = compiled_patterns.table_path()
    entry = compiled_patterns._seal(marshal.dumps((source, *program[1:])))
    path.write_bytes(marshal.dumps({("regex", source, int(flags)): entry}))
    _same(compiled_patterns.compile(source, flags), source, flags)


def test_without_the_private_c_modules_patterns_compile_as_usual(fresh, monkeypatch):
    monkeypatch.delattr(regex, "_main")  # as if a release moved them
    monkeypatch.setattr(compiled_patterns._Re, "owner", lambda self: None)  # re itself needs its _compiler
    assert compiled_patterns.table_path() is None
    for source, flags in SOURCES:
        _same(compiled_patterns.compile(source, flags), source, flags)
    for source, flags in RE_SOURCES:
        got = compiled_patterns.compile_re(source, flags)
        assert [m.span() for m in got.finditer(TEXT)] == [m.span() for m in re.compile(source, flags).finditer(TEXT)]
    compiled_patterns.save()  # nothing to write, and no error


def test_nothing_is_written_where_nothing_can_be(fresh, tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # a file where the folder would go
    source, flags = SOURCES[0]
    _same(compiled_patterns.compile(source, flags), source, flags)
    compiled_patterns.save()
