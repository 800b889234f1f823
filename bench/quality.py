"""Precision, recall and F1 per rule on the labelled corpus in fixtures/corpus/.

    python -m bench.quality                      # every split, a table each
    python -m bench.quality --split validation   # one split
    python -m bench.quality --json               # machine-readable
    python -m bench.quality --write-baseline     # record today's figures as the floor
    python -m bench.quality --dir DIR --misses   # any other labelled folder (same labels.toml format)

A span rule is scored by the lines its findings start on, against the
labelled lines; a document rule by whether it fires on the draft. Each draft
is linted with every installed rule at default settings (its own front
matter and suppression comments still apply), as a user without a
configuration file would see it. The validation and holdout splits are for
measuring only: nobody tunes a rule against them, and their misses are never
listed.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from answerlint.engine import lint_text
from answerlint.plugins import Registry, default_registry
from answerlint.settings import Settings, tomllib

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
BASELINE = Path(__file__).resolve().parent / "quality_baseline.json"
SPLITS = ("train", "validation", "holdout")
MEASURE_ONLY = ("validation", "holdout")  # nobody tunes against these: their misses are never listed


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)  # "file:line" for each error, to read

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def folder(split: str) -> Path:
    """A split's folder: a split name under fixtures/corpus/, or a path to a labelled folder."""
    return CORPUS / split if split in SPLITS else Path(split)


def load_labels(split: str) -> dict[str, dict[str, object]]:
    path = folder(split) / "labels.toml"
    with path.open("rb") as handle:
        return tomllib.load(handle)


def score_split(split: str, registry: Registry) -> dict[str, Score]:
    labels = load_labels(split)
    scores = {rule.meta.name: Score() for rule in registry.rules if rule.meta.code.startswith("AL")}
    kinds = {rule.meta.name: rule.meta.kind for rule in registry.rules}
    for name, expected in sorted(labels.items()):
        # labels for rules that are not installed are not scored (the table says which)
        text = (folder(split) / name).read_bytes().decode("utf-8-sig")
        result = lint_text(text, Settings(), registry, Path(name))
        found: dict[str, set[int]] = {}
        for finding in result.findings:
            found.setdefault(finding.rule, set()).add(result.draft.lines.line_of(finding.start) + 1)
        for rule, score in scores.items():
            wanted = expected.get(rule, [] if kinds[rule] == "span" else False)
            # a measure-only split's misses are never recorded, so no report or failing test can show them
            shown = None if split in MEASURE_ONLY else name
            if kinds[rule] == "document":
                _tally(score, {0} if wanted else set(), {0} if rule in found else set(), shown)
            else:
                _tally(score, set(wanted), found.get(rule, set()), shown)
    return scores


def _tally(score: Score, wanted: set[int], found: set[int], name: str | None) -> None:
    score.true_positives += len(wanted & found)
    score.false_positives += len(found - wanted)
    score.false_negatives += len(wanted - found)
    if name is None:
        return
    score.misses += [f"FP {name}:{line}" for line in sorted(found - wanted)]
    score.misses += [f"FN {name}:{line}" for line in sorted(wanted - found)]


def unscored_rules(split: str, registry: Registry) -> list[str]:
    """Rules the labels name that no installed plugin provides."""
    installed = {rule.meta.name for rule in registry.rules}
    return sorted({rule for expected in load_labels(split).values() for rule in expected} - installed)


def table(split: str, scores: dict[str, Score]) -> str:
    rows = [f"## {split}", "", "| rule | TP | FP | FN | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for rule, s in scores.items():
        rows.append(f"| {rule} | {s.true_positives} | {s.false_positives} | {s.false_negatives} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} |")
    total = Score(*(sum(getattr(s, f) for s in scores.values()) for f in ("true_positives", "false_positives", "false_negatives")))
    rows.append(f"| **all (micro)** | {total.true_positives} | {total.false_positives} | {total.false_negatives} | {total.precision:.2f} | {total.recall:.2f} | {total.f1:.2f} |")
    return "\n".join(rows)


def figures(scores_by_split: dict[str, dict[str, Score]]) -> dict[str, dict[str, dict[str, float]]]:
    return {
        split: {rule: {"precision": round(s.precision, 4), "recall": round(s.recall, 4)} for rule, s in scores.items()}
        for split, scores in scores_by_split.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.quality", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, action="append", help="a split to score (default: all)")
    parser.add_argument("--dir", action="append", default=[], help="also score this labelled folder (its misses may be listed)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="list every false positive and negative (train only)")
    parser.add_argument("--write-baseline", action="store_true", help=f"record the figures in {BASELINE.name}")
    args = parser.parse_args(argv)
    registry = default_registry()
    splits = (args.split or ([] if args.dir else list(SPLITS))) + args.dir
    scores = {split: score_split(split, registry) for split in splits}
    if args.json:
        print(json.dumps(figures(scores), indent=2))
    else:
        print("\n\n".join(table(split, s) for split, s in scores.items()))
        for split in scores:
            missing = unscored_rules(split, registry)
            if missing:
                print(f"\nnot installed, not scored on {split}: {', '.join(missing)}")
    for split in scores:
        if args.misses and split not in MEASURE_ONLY:
            print(f"\n## misses on {split}\n")
            for rule, score in scores[split].items():
                for miss in score.misses:
                    print(f"{rule:22} {miss}")
    if args.write_baseline:
        if sorted(splits) != sorted(SPLITS):
            print("--write-baseline needs every split", file=sys.stderr)
            return 2
        BASELINE.write_text(json.dumps(figures(scores), indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nwrote {BASELINE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
