"""Time each rule's check on its own, in one process, so a slow rule shows up.

Usage::

    python -m bench.rule_times [--drafts 200] [--words 50000] [--runs 3] [--rule NAME ...] [--config FILE]

``--config`` adds that file's ``[[custom-rules]]`` to the rules timed.

Parsing is redone before each run and not counted: each figure is the median,
over ``--runs`` runs, of the time one rule's check takes over all the
generated drafts, and over the one long document. The last column is the
long document's time per 1,000 words divided by the drafts' time per 1,000
words; a rule whose cost grows linearly with the text stays near 1, one that
does not grows with ``--words``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from answerlint.draft import Draft
from answerlint.plugins import default_registry
from answerlint.rule import RuleContext
from answerlint.settings import Settings, load_settings
from bench import corpus


def _texts(drafts: int, words: int) -> tuple[list[str], str]:
    """Generated in memory from the benchmark corpus's own generator (seed 1)."""
    return [corpus.draft_text(1, index)[1] for index in range(drafts)], corpus.single_text(words, 1)


def _time(check, texts, frameworks, context, runs: int) -> float:
    """Median seconds of one rule's check over the texts, each run on freshly parsed drafts.

    Parsing is not timed, but it is redone before every run: rules cache shared
    work on the draft (the answer-parts classification, the story rules' word
    list), and timing a second pass over the same drafts would hide it.
    """
    samples = []
    for _ in range(runs):
        drafts = [Draft.parse(text, frameworks) for text in texts]
        began = time.perf_counter()
        for draft in drafts:
            list(check(draft, context))
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.rule_times", description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=int, default=200)
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rule", action="append", help="time only this rule (repeatable)")
    parser.add_argument("--config", type=Path, help="also time this configuration file's custom rules")
    args = parser.parse_args(argv)

    registry = default_registry()
    if args.config is not None:
        registry = load_settings(args.config, registry).registry_for(registry)
    texts, long_text = _texts(args.drafts, args.words)
    draft_words = sum(len(t.split()) for t in texts)
    long_words = len(long_text.split())
    settings = Settings()
    frameworks = {f.id: f for f in registry.frameworks}
    context = RuleContext(length=settings.length, frameworks=frameworks)

    print(f"{len(texts)} drafts ({draft_words} words), one document of {long_words} words; median of {args.runs}\n")
    print("| rule | drafts ms | ms per draft | long doc ms | growth |")
    print("|---|---:|---:|---:|---:|")
    total_drafts = total_long = 0.0
    for rule in sorted(registry.rules, key=lambda r: r.meta.code):
        if args.rule and rule.meta.name not in args.rule:
            continue
        on_drafts = _time(rule.check, texts, registry.frameworks, context, args.runs)
        on_long = _time(rule.check, [long_text], registry.frameworks, context, args.runs)
        total_drafts += on_drafts
        total_long += on_long
        growth = (on_long / long_words) / (on_drafts / draft_words) if on_drafts else float("nan")
        print(
            f"| {rule.meta.name} | {on_drafts * 1000:.1f} | {on_drafts * 1000 / len(texts):.2f} "
            f"| {on_long * 1000:.1f} | {growth:.2f} |"
        )
    print(f"| **all** | {total_drafts * 1000:.1f} | {total_drafts * 1000 / len(texts):.2f} | {total_long * 1000:.1f} | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
