"""The ``answerlint`` command: check, rules, explain, new, server.

Exit status: 0 when nothing is found, 1 when something is, 2 for usage,
configuration or I/O errors. Errors are one line each on stderr, never a
traceback. This module never imports the language server: ``server``
imports it when it runs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from answerlint import __version__
from answerlint.batch import FileOutcome
from answerlint.cache import DEFAULT_DIR, FORMAT, Key, ResultCache
from answerlint.files import ReadError, create_file, decode, discover, read_draft
from answerlint.finding import NOT_LINTED
from answerlint.fingerprint import code_fingerprint
from answerlint.formatters import FORMATS, LISTS_EVERY_RULE, FileReport, render
from answerlint.lines import LineIndex
from answerlint.settings import ConfigError, Settings, cache_dir_of, config_bytes, find_config, load_settings

if TYPE_CHECKING:  # the plugins load only when a command needs them: a warm `check` never does
    from answerlint.plugins import Registry
    from answerlint.rule import RuleMeta

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2
PROGRESS_AFTER = 50  # files; smaller runs finish before a progress line would help


class UsageError(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return args.run(args)
    except (UsageError, ConfigError) as error:
        print(f"answerlint: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_CLEAN


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="answerlint", description="Lint Markdown drafts of answers to 'tell me about a time you failed'."
    )
    parser.add_argument("--version", action="version", version=f"answerlint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="lint drafts: files, folders (recursively), or - for stdin")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH")
    check.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    check.add_argument("--config", metavar="FILE", help="use this configuration file instead of searching for one")
    check.add_argument("--select", metavar="RULES", help="comma-separated rules or codes to run (replaces the config's select)")
    check.add_argument("--ignore", metavar="RULES", help="comma-separated rules or codes to skip (added to the config's ignore)")
    check.add_argument("--stdin-filename", metavar="PATH", help="the path to report and find configuration for, when reading stdin")
    check.add_argument("--statistics", action="store_true", help="show a count per rule instead of each finding")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when something is found")
    check.add_argument("--quiet", "-q", action="store_true", help="print findings only: no summary or progress")
    check.add_argument("--cache-dir", metavar="DIR", help=f"keep results here (default: {DEFAULT_DIR}/ beside the config file, else in the current folder)")
    check.add_argument("--no-cache", action="store_true", help="neither read nor write cached results")
    fixing = check.add_mutually_exclusive_group()
    fixing.add_argument("--fix", action="store_true", help="apply the findings' fixes to the drafts in place, and report what is left")
    fixing.add_argument("--diff", action="store_true", help="print the fixes as a unified diff; write nothing (exit 1 if there is any)")
    check.set_defaults(run=_check)

    rules = commands.add_parser("rules", help="list the installed rules and the config's custom rules")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    rules.add_argument("--config", metavar="FILE", help="read custom rules from this file (default: the nearest to the current folder)")
    rules.set_defaults(run=_rules)

    explain = commands.add_parser("explain", help="show a rule's documentation")
    explain.add_argument("rule", metavar="NAME|CODE")
    explain.add_argument("--config", metavar="FILE", help="read custom rules from this file (default: the nearest to the current folder)")
    explain.set_defaults(run=_explain)

    new = commands.add_parser("new", help="write a scaffolded draft for an answer framework")
    new.add_argument("--framework", required=True, metavar="ID", help="star-l, what-why-did-learned, …")
    new.add_argument("file", metavar="FILE", help="the draft to create (never overwritten); - for stdout")
    new.set_defaults(run=_new)

    server = commands.add_parser("server", help="run the language server (stdio unless --tcp)")
    server.add_argument("--stdio", action="store_true", help="talk LSP over stdin/stdout (the default)")
    server.add_argument("--tcp", metavar="HOST:PORT", help="listen on TCP instead, for debugging")
    server.set_defaults(run=_server)
    return parser


# -- check -----------------------------------------------------------------------------------


def _check(args: argparse.Namespace) -> int:
    # A path that is not valid UTF-8 arrives with lone surrogates; print it, never crash on it.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    plugins = _Plugins()
    settings_for = _SettingsLookup(plugins, args.config, _rule_items(args.select), _rule_items(args.ignore))
    cache_for = _CacheLookup(args.cache_dir, args.no_cache, settings_for)

    drafts: list[tuple[Path, str, str | ReadError]] = []  # where, as shown, text
    if args.fix and "-" in args.paths:
        raise UsageError("--fix: cannot write back to stdin; use --diff to see the fixes")
    if "-" in args.paths:
        shown = args.stdin_filename or "-"
        where = Path(args.stdin_filename) if args.stdin_filename else Path.cwd() / "stdin.md"
        drafts.append((where, shown, decode(sys.stdin.buffer.read(), shown)))
    paths, missing = discover([p for p in args.paths if p != "-"])
    read_errors = [str(e) for e in missing]
    drafts.extend((path, path.as_posix(), read_draft(path)) for path in paths)

    # Answer what the cache can; only a miss loads the plugins and the settings.
    outcomes: list[FileOutcome] = []
    misses: list[tuple[Path, str, Path | None, str, ResultCache | None, Key | None]] = []
    hits = 0
    for where, shown, text in drafts:
        if isinstance(text, ReadError):
            outcomes.append(FileOutcome(shown, error=text))
            continue
        config = settings_for.config_of(where)
        cache = cache_for(config)
        key = cache.key(where, settings_for.key_of(config), text) if cache else None
        cached = cache.get(key) if cache and key else None
        if cached is None:
            misses.append((where, shown, config, text, cache, key))
        else:
            hits += 1
            outcomes.append(FileOutcome(shown, text, cached.findings, cached.problems))
    if misses or not hits:  # a hit proves the options valid: only a run that checked them stores results
        settings_for.check_options()
    if misses:
        outcomes.extend(_lint_misses(misses, settings_for, plugins, quiet=args.quiet))
    for cache in cache_for.caches.values():
        cache.save()
        for note in cache.notes:
            print(f"answerlint: {note}", file=sys.stderr)

    fix_run = None
    if args.fix or args.diff:
        fix_run = _fix(outcomes, drafts, settings_for, plugins, write=args.fix)
        read_errors += fix_run.errors
        if args.diff:
            sys.stdout.write("".join(fix_run.diffs))
            for line in fix_run.lines:
                print(line, file=sys.stderr)
            print(f"Would fix {fix_run.fixed} finding{'s' if fix_run.fixed != 1 else ''} in {fix_run.files} draft{'s' if fix_run.files != 1 else ''}.", file=sys.stderr)
            if read_errors or settings_for.problems:
                for error in read_errors:
                    print(f"answerlint: {error}", file=sys.stderr)
                return EXIT_ERROR
            return EXIT_FOUND if fix_run.diffs else EXIT_CLEAN
        out = sys.stdout if args.format == "text" else sys.stderr  # never mixed into JSON, SARIF, …
        for line in fix_run.lines:
            print(line, file=out)

    reports = []
    not_linted = 0
    reported_rule_errors: set[str] = set()
    for outcome in sorted(outcomes, key=lambda o: o.path):
        if outcome.error:
            read_errors.append(str(outcome.error))
            continue
        lines = LineIndex(outcome.text)
        not_linted += any(p.message.startswith(NOT_LINTED) for p in outcome.problems)
        for problem in outcome.problems:
            position = lines.position(problem.offset)
            print(f"{outcome.path}:{position.line + 1}:{position.column + 1}: {problem.message}", file=sys.stderr)
        for name, message in outcome.rule_errors.items():
            if name not in reported_rule_errors:
                reported_rule_errors.add(name)
                print(f"answerlint: {message} (first seen in {outcome.path}); its findings are missing", file=sys.stderr)
        reports.append(FileReport(outcome.path, lines, outcome.findings))
    for error in read_errors:
        print(f"answerlint: {error}", file=sys.stderr)

    found = sum(len(r.findings) for r in reports)
    if args.statistics:
        _print_statistics(reports)
    else:
        metas = [r.meta for r in settings_for.registry().rules] if args.format in LISTS_EVERY_RULE else []
        output = render(args.format, reports, metas)
        if output:
            sys.stdout.write(output if output.endswith("\n") else output + "\n")
    if args.format == "text" and not args.quiet:
        drafts_checked = f"{len(reports)} draft{'s' if len(reports) != 1 else ''}"
        total = found + (fix_run.fixed if fix_run else 0)
        fixed = f" ({fix_run.fixed} fixed, {found} remaining)" if fix_run and fix_run.fixed else ""
        skipped = f" {not_linted} of them not linted (over max-draft-bytes)." if not_linted else ""
        if total or not_linted:
            print(f"Found {total} finding{'s' if total != 1 else ''} in {drafts_checked}{fixed}.{skipped}")
        else:
            print(f"All clear: {drafts_checked} checked.")
    if read_errors or settings_for.problems:
        return EXIT_ERROR
    return EXIT_FOUND if (found or not_linted) and not args.exit_zero else EXIT_CLEAN


def _lint_misses(misses, settings_for: _SettingsLookup, plugins: _Plugins, quiet: bool) -> list[FileOutcome]:
    """Lint the drafts the cache had no answer for, and store what they gave."""
    from answerlint.batch import Job, lint_many

    jobs = [Job(where, shown, settings_for.settings(config), text) for where, shown, config, text, _, _ in misses]
    show_progress = not quiet and len(jobs) >= PROGRESS_AFTER and sys.stderr.isatty()
    outcomes = lint_many(jobs, _progress if show_progress else None)
    if show_progress:
        print("\r\033[K", end="", file=sys.stderr)
    # With a plugin missing, a result is incomplete: never store it. A draft over the size
    # limit is not stored at all (answering it again costs nothing), so a run of only
    # those never loads the plugins.
    if any(o.linted for o in outcomes) and not plugins.registry.errors:
        for (_, _, _, _, cache, key), outcome in zip(misses, outcomes):
            # a config with invalid custom rules must fail every run: never answer it from the cache
            if cache and key and outcome.linted and not outcome.rule_errors and not outcome.error and not settings_for.problems:
                cache.put(key, outcome.findings, outcome.problems)
    return outcomes


def _fix(outcomes, drafts, settings_for: _SettingsLookup, plugins: _Plugins, write: bool):
    from answerlint.engine import lint_text
    from answerlint.fix_command import fix_outcomes

    def lint(where: Path, text: str):
        return lint_text(text, settings_for.settings(settings_for.config_of(where)), plugins.registry, where).findings

    registry = settings_for.registry()  # every draft's config is known by now

    def safe(finding) -> bool:
        rule = registry.find(finding.rule)
        return rule is not None and rule.meta.safe_fix

    return fix_outcomes(outcomes, {shown: where for where, shown, _ in drafts}, lint, safe, write)


def _rule_items(value: str | None) -> tuple[str, ...] | None:
    return None if value is None else tuple(item.strip() for item in value.split(",") if item.strip())


def _check_rule_option(registry: Registry, flag: str, items: tuple[str, ...] | None) -> None:
    for item in items or ():
        if not registry.resolve(item):
            raise UsageError(f"{flag}: unknown rule {item!r} (see `answerlint rules`)")


class _Plugins:
    """The installed plugins, loaded (and their load errors printed) the first time something needs them."""

    def __init__(self) -> None:
        self._registry: Registry | None = None

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            from answerlint.plugins import default_registry

            self._registry = default_registry()
            for error in self._registry.errors:
                print(f"answerlint: {error}", file=sys.stderr)
        return self._registry


class _SettingsLookup:
    """Where each draft's settings come from (the nearest config file, or --config), and the settings, read once each.

    Finding the source is cheap and needs no plugins; reading and checking the
    settings loads them, so only drafts the cache cannot answer do it.
    """

    def __init__(self, plugins: _Plugins, config: str | None, select: tuple[str, ...] | None, ignore: tuple[str, ...] | None) -> None:
        self.plugins = plugins
        self.select, self.ignore = select, ignore or ()
        self.fixed = Path(config) if config else None
        self.config_of_folder: dict[Path, Path | None] = {}
        self.keys: dict[Path | None, str] = {}
        self.loaded: dict[Path | None, Settings] = {}
        self.problems: list[str] = []  # invalid custom rules, printed as they are read

    def config_of(self, draft: Path) -> Path | None:
        if self.fixed is not None:
            return self.fixed
        folder = draft.parent
        if folder not in self.config_of_folder:
            self.config_of_folder[folder] = find_config(folder)
        return self.config_of_folder[folder]

    def key_of(self, config: Path | None) -> str:
        """Everything the settings are read from: the config file's place and bytes, and the rule options."""
        if config not in self.keys:
            try:
                content = hashlib.sha256(config_bytes(config)).hexdigest() if config else "none"
            except ConfigError as error:
                content = f"unreadable {error}"  # never stored under: reading it fails the run
            place = os.path.realpath(config) if config else ""  # (Path.resolve raises on a symlink loop)
            self.keys[config] = f"{place}\0{content}\0{self.select!r}\0{self.ignore!r}"
        return self.keys[config]

    def settings(self, config: Path | None) -> Settings:
        if config not in self.loaded:
            settings = load_settings(config, self.plugins.registry) if config else Settings()
            for problem in settings.problems:
                print(f"answerlint: {problem}", file=sys.stderr)
            self.problems += settings.problems
            self.loaded[config] = settings.with_overrides(self.select, self.ignore)
        return self.loaded[config]

    def registry(self) -> Registry:
        """The installed rules plus the custom rules of every config file this run uses."""
        registry = self.plugins.registry
        configs = {self.fixed} if self.fixed is not None else set(self.config_of_folder.values())
        for config in sorted((c for c in configs if c is not None), key=str):
            registry = self.settings(config).registry_for(registry)
        return registry

    def check_options(self) -> None:
        """Fail on an unknown rule in --select or --ignore, or a bad --config file."""
        if self.select or self.ignore:
            _check_rule_option(self.registry(), "--select", self.select)
            _check_rule_option(self.registry(), "--ignore", self.ignore)
        if self.fixed is not None:
            self.settings(self.fixed)


class _CacheLookup:
    """The result cache for a config file: --cache-dir, else the config's cache-dir, else the default."""

    def __init__(self, cache_dir: str | None, disabled: bool, settings_for: _SettingsLookup) -> None:
        self.disabled = disabled
        self.fixed = Path(cache_dir) if cache_dir else None
        self.settings_for = settings_for
        self.fingerprint: str | None = None
        self.root_of: dict[Path | None, Path] = {}
        self.caches: dict[Path, ResultCache] = {}

    def __call__(self, config: Path | None) -> ResultCache | None:
        if self.disabled:
            return None
        if config not in self.root_of:
            self.root_of[config] = self.fixed or self._configured(config) or (config.parent if config else Path.cwd()) / DEFAULT_DIR
        root = self.root_of[config]
        if root not in self.caches:
            if self.fingerprint is None:
                self.fingerprint = code_fingerprint(FORMAT, remember=root / f"v{FORMAT}" / "installed.json")
            self.caches[root] = ResultCache(root, self.fingerprint)
        return self.caches[root]

    def _configured(self, config: Path | None) -> Path | None:
        if config is None:
            return None
        try:
            return cache_dir_of(config)
        except ConfigError:
            self.settings_for.settings(config)  # report the file's first problem, as a full read would
            raise


def _progress(done: int, total: int) -> None:
    print(f"\ranswerlint: {done}/{total} drafts", end="", file=sys.stderr, flush=True)


def _print_statistics(reports: list[FileReport]) -> None:
    counts = Counter((f.code, f.rule) for r in reports for f in r.findings)
    for (code, rule), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        print(f"{count:5d}  {code}  {rule}")


# -- rules, explain, new ----------------------------------------------------------------


def _configured_registry(config: str | None) -> tuple[Registry, bool]:
    """The installed rules plus the custom rules of --config or the nearest config file; and whether any was invalid."""
    from answerlint.plugins import default_registry

    registry = default_registry()
    for error in registry.errors:
        print(f"answerlint: {error}", file=sys.stderr)
    path = Path(config) if config else find_config(Path.cwd())
    if path is None:
        return registry, False
    try:
        settings = load_settings(path, registry)
    except ConfigError as error:
        if config:
            raise
        # a broken config found on the way must not hide the installed rules
        print(f"answerlint: {error}; its custom rules are left out", file=sys.stderr)
        return registry, True
    for problem in settings.problems:
        print(f"answerlint: {problem}", file=sys.stderr)
    return settings.registry_for(registry), bool(settings.problems)


def _rules(args: argparse.Namespace) -> int:
    registry, invalid = _configured_registry(args.config)
    metas = [r.meta for r in registry.rules]
    if args.format == "json":
        print(json.dumps([_rule_row(m) for m in metas], indent=2, ensure_ascii=False))
    elif args.format == "markdown":
        print(rules_markdown(metas))
    else:
        width = max((len(m.name) for m in metas), default=4)
        for meta in metas:
            print(f"{meta.code:<6} {meta.name:<{width}}  {meta.family:<12} {meta.kind:<9} {str(meta.severity):<8} {meta.summary}")
    return EXIT_ERROR if invalid else EXIT_CLEAN


def _rule_row(meta: RuleMeta) -> dict[str, str]:
    return {
        "name": meta.name,
        "code": meta.code,
        "family": meta.family,
        "kind": meta.kind,
        "severity": str(meta.severity),
        "summary": meta.summary,
    }


def rules_markdown(metas: list[RuleMeta]) -> str:
    """The rule table the README carries (a test keeps the two in step)."""
    rows = ["| code | name | family | kind | default | what it flags |", "|---|---|---|---|---|---|"]
    rows += [f"| {m.code} | `{m.name}` | {m.family} | {m.kind} | {m.severity} | {m.summary} |" for m in metas]
    return "\n".join(rows)


def _explain(args: argparse.Namespace) -> int:
    from answerlint.rule import CUSTOM_CODE

    registry, _ = _configured_registry(args.config)
    if args.rule.strip().upper() == CUSTOM_CODE:
        return _explain_custom(registry)
    rule = registry.find(args.rule)
    if rule is None:
        import difflib

        close = difflib.get_close_matches(args.rule, list(registry.by_id), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else " (see `answerlint rules`)"
        raise UsageError(f"unknown rule {args.rule!r}{hint}")
    meta = rule.meta
    print(f"# {meta.code} {meta.name}\n")
    print(f"{meta.family} · {meta.kind} rule · default severity: {meta.severity}\n")
    print(meta.docs)
    return EXIT_CLEAN


def _explain_custom(registry) -> int:
    """``explain CUSTOM``: the code every configured custom rule shares, so list them."""
    from answerlint.rule import CUSTOM_CODE

    custom = [rule.meta for rule in registry.rules if rule.meta.code == CUSTOM_CODE]
    if not custom:
        raise UsageError("CUSTOM: no custom rules are configured here (add [[custom-rules]] to answerlint.toml)")
    print(f"# {CUSTOM_CODE}: the custom rules of this configuration\n")
    for meta in custom:
        print(f"- `{meta.name}` ({meta.kind}, {meta.severity}): {meta.summary}")
    print(f"\n`answerlint explain NAME` shows one of them; `--select {CUSTOM_CODE}` runs them all.")
    return EXIT_CLEAN


def _server(args: argparse.Namespace) -> int:
    if args.tcp and not args.tcp.rpartition(":")[2].isdigit():
        raise UsageError(f"--tcp: expected HOST:PORT, got {args.tcp!r}")
    from answerlint.lsp.start import start

    return start(args.tcp)


def _new(args: argparse.Namespace) -> int:
    from answerlint.plugins import default_registry
    from answerlint.scaffold import render_scaffold

    registry = default_registry()
    framework = registry.framework(args.framework.strip().lower())
    if framework is None:
        known = ", ".join(f.id for f in registry.frameworks)
        raise UsageError(f"--framework: unknown framework {args.framework!r} (known: {known})")
    text = render_scaffold(framework)
    if args.file == "-":
        sys.stdout.write(text)
        return EXIT_CLEAN
    try:
        create_file(Path(args.file), text)
    except FileExistsError:
        raise UsageError(f"{args.file}: already exists; answerlint never overwrites a file") from None
    except OSError as error:
        raise UsageError(f"{args.file}: cannot write: {error.strerror or error}") from None
    print(f"Wrote {args.file} ({framework.title}).", file=sys.stderr)
    return EXIT_CLEAN
