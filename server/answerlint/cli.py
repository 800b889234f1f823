"""The ``answerlint`` command: check, rules, explain, new, server.

Exit status: 0 when nothing is found, 1 when something is, 2 for usage,
configuration or I/O errors. Errors are one line each on stderr, never a
traceback. This module never imports the language server: ``server``
imports it when it runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from answerlint import __version__
from answerlint.batch import FileOutcome, Job, lint_many, lint_one
from answerlint.cache import DEFAULT_DIR, ResultCache, code_fingerprint
from answerlint.files import decode, discover
from answerlint.formatters import FORMATS, FileReport, render
from answerlint.lines import LineIndex
from answerlint.plugins import Registry, default_registry
from answerlint.rule import RuleMeta
from answerlint.scaffold import render_scaffold
from answerlint.settings import ConfigError, Settings, find_config, load_settings

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
    check.set_defaults(run=_check)

    rules = commands.add_parser("rules", help="list the installed rules")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    rules.set_defaults(run=_rules)

    explain = commands.add_parser("explain", help="show a rule's documentation")
    explain.add_argument("rule", metavar="NAME|CODE")
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
    registry = default_registry()
    for error in registry.errors:
        print(f"answerlint: {error}", file=sys.stderr)
    select = _rule_option(registry, "--select", args.select)
    ignore = _rule_option(registry, "--ignore", args.ignore) or ()
    settings_for = _SettingsLookup(registry, args.config, select, ignore)
    cache_for = _CacheLookup(registry, args.cache_dir, args.no_cache)

    outcomes: list[FileOutcome] = []
    read_errors: list[str] = []
    if "-" in args.paths:
        shown = args.stdin_filename or "-"
        where = Path(args.stdin_filename) if args.stdin_filename else Path.cwd() / "stdin.md"
        settings = settings_for(where)
        job = Job(where, shown, settings, cache_for(settings))
        text = decode(sys.stdin.buffer.read(), shown)
        outcomes.append(FileOutcome(shown, error=text) if not isinstance(text, str) else lint_one(job, text))
    paths, missing = discover([p for p in args.paths if p != "-"])
    read_errors.extend(str(e) for e in missing)
    jobs = [Job(path, path.as_posix(), settings, cache_for(settings)) for path in paths for settings in (settings_for(path),)]
    show_progress = not args.quiet and len(jobs) >= PROGRESS_AFTER and sys.stderr.isatty()
    outcomes.extend(lint_many(jobs, _progress if show_progress else None))
    if show_progress:
        print("\r\033[K", end="", file=sys.stderr)

    reports = []
    reported_rule_errors: set[str] = set()
    for outcome in sorted(outcomes, key=lambda o: o.path):
        if outcome.error:
            read_errors.append(str(outcome.error))
            continue
        lines = LineIndex(outcome.text)
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
        output = render(args.format, reports, [r.meta for r in registry.rules])
        if output:
            sys.stdout.write(output if output.endswith("\n") else output + "\n")
    if args.format == "text" and not args.quiet:
        drafts = f"{len(reports)} draft{'s' if len(reports) != 1 else ''}"
        print(f"Found {found} finding{'s' if found != 1 else ''} in {drafts}." if found else f"All clear: {drafts} checked.")
    if read_errors:
        return EXIT_ERROR
    return EXIT_FOUND if found and not args.exit_zero else EXIT_CLEAN


def _rule_option(registry: Registry, flag: str, value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    items = tuple(item.strip() for item in value.split(",") if item.strip())
    for item in items:
        if not registry.resolve(item):
            raise UsageError(f"{flag}: unknown rule {item!r} (see `answerlint rules`)")
    return items


class _SettingsLookup:
    """The settings for each draft: --config if given, else the nearest config file, read once each."""

    def __init__(self, registry: Registry, config: str | None, select, ignore) -> None:
        self.registry = registry
        self.select, self.ignore = select, ignore
        self.loaded: dict[Path | None, Settings] = {}
        self.config_of_folder: dict[Path, Path | None] = {}
        self.fixed = self._load(Path(config)) if config else None

    def _load(self, path: Path | None) -> Settings:
        if path not in self.loaded:
            settings = load_settings(path, self.registry) if path else Settings()
            self.loaded[path] = settings.with_overrides(self.select, self.ignore)
        return self.loaded[path]

    def __call__(self, draft: Path) -> Settings:
        if self.fixed is not None:
            return self.fixed
        folder = draft.parent
        if folder not in self.config_of_folder:
            self.config_of_folder[folder] = find_config(folder)
        return self._load(self.config_of_folder[folder])


class _CacheLookup:
    """The result cache for a draft's settings: --cache-dir, else the config's cache-dir, else the default."""

    def __init__(self, registry: Registry, cache_dir: str | None, disabled: bool) -> None:
        self.disabled = disabled
        self.fixed = Path(cache_dir) if cache_dir else None
        packages = {rule.check.__module__.split(".", 1)[0] for rule in registry.rules}
        self.fingerprint = "" if disabled else code_fingerprint(packages)
        self.caches: dict[Path, ResultCache] = {}

    def __call__(self, settings: Settings) -> ResultCache | None:
        if self.disabled:
            return None
        root = self.fixed or settings.cache_dir or (settings.root or Path.cwd()) / DEFAULT_DIR
        return self.caches.setdefault(root, ResultCache(root, self.fingerprint))


def _progress(done: int, total: int) -> None:
    print(f"\ranswerlint: {done}/{total} drafts", end="", file=sys.stderr, flush=True)


def _print_statistics(reports: list[FileReport]) -> None:
    counts = Counter((f.code, f.rule) for r in reports for f in r.findings)
    for (code, rule), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        print(f"{count:5d}  {code}  {rule}")


# -- rules, explain, new ----------------------------------------------------------------


def _rules(args: argparse.Namespace) -> int:
    registry = default_registry()
    for error in registry.errors:
        print(f"answerlint: {error}", file=sys.stderr)
    metas = [r.meta for r in registry.rules]
    if args.format == "json":
        print(json.dumps([_rule_row(m) for m in metas], indent=2, ensure_ascii=False))
    elif args.format == "markdown":
        print(rules_markdown(metas))
    else:
        width = max((len(m.name) for m in metas), default=4)
        for meta in metas:
            print(f"{meta.code}  {meta.name:<{width}}  {meta.family:<12} {meta.kind:<9} {str(meta.severity):<8} {meta.summary}")
    return EXIT_CLEAN


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
    registry = default_registry()
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


def _server(args: argparse.Namespace) -> int:
    if args.tcp and not args.tcp.rpartition(":")[2].isdigit():
        raise UsageError(f"--tcp: expected HOST:PORT, got {args.tcp!r}")
    from answerlint.lsp.start import start

    return start(args.tcp)


def _new(args: argparse.Namespace) -> int:
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
        with open(args.file, "x", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except FileExistsError:
        raise UsageError(f"{args.file}: already exists; answerlint never overwrites a file") from None
    except OSError as error:
        raise UsageError(f"{args.file}: cannot write: {error.strerror or error}") from None
    print(f"Wrote {args.file} ({framework.title}).", file=sys.stderr)
    return EXIT_CLEAN
