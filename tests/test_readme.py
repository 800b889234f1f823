"""The README's promises: the rule table is current and the commands match .ci/run."""

import re
from pathlib import Path

from answerlint.cli import rules_markdown
from answerlint.plugins import default_registry

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_rule_table_is_generated_from_the_rules():
    table = re.search(r"<!-- rules:start -->\n(.*?)\n<!-- rules:end -->", README, re.S).group(1)
    built_in = [r.meta for r in default_registry().rules if r.meta.code.startswith("AL")]
    assert table == rules_markdown(built_in), "README rule table is stale: paste `answerlint rules --format markdown`"


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert f"```sh\n{ci}\n```" in README
