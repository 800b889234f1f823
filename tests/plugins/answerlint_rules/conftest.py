"""Texts the rule tests check patterns against: the train corpus, the sample drafts, every rule's examples."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def sample_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "corpus" / "train").glob("*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "drafts").glob("*.md"))]
    for path in sorted((ROOT / "tests" / "plugins" / "answerlint_rules" / "examples").glob("*.txt")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
        texts.append("\n".join(line.replace("\\n", "\n") for line in lines if line not in ("<<<", ">>>")))
    return texts
