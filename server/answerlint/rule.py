"""The rule as the unit of the product: its metadata, its docs and its check."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from answerlint.finding import Finding, Fix, Severity

if TYPE_CHECKING:
    from answerlint.draft import Draft
    from answerlint.settings import Length

Kind = Literal["span", "document"]

# The code every rule defined in a configuration file shares: never an AL### catalog
# code, and a selector (``select = ["CUSTOM"]``) for all of them; each is told apart by name.
CUSTOM_CODE = "CUSTOM"

DOC_HEADINGS = ("What it does", "Why it matters to an interviewer", "Example", "Use instead")


@dataclass(frozen=True)
class RuleMeta:
    """What ``answerlint rules`` lists and ``answerlint explain`` prints.

    ``docs`` is Markdown with the headings in :data:`DOC_HEADINGS`; ``message``
    is the short text shown on each finding unless the check says more.
    ``phrases`` says the rule accepts ``extend-phrases`` from the settings.
    ``safe_fix`` says the rule's fixes may be applied unattended by
    ``answerlint check --fix``: they change only their own span and never the
    writer's meaning (a scaffold heading, a house-style substitution). Other
    fixes are offered in the editor only.
    ``link`` is where the editor sends the user for the docs, when the rule
    gives one (custom rules do); otherwise the rule's module is used.
    """

    code: str
    name: str
    family: str
    kind: Kind
    severity: Severity
    summary: str
    message: str
    docs: str
    phrases: bool = False
    link: str | None = None
    safe_fix: bool = False

    @property
    def rule_id(self) -> str:
        """A unique id for reports that key rules by code (SARIF): the code, or ``CUSTOM/name``."""
        return f"{self.code}/{self.name}" if self.code == CUSTOM_CODE else self.code

    def finding(self, start: int, end: int, message: str | None = None, fix: Fix | None = None) -> Finding:
        return Finding(self.name, self.code, self.severity, message or self.message, start, end, fix)


@dataclass(frozen=True)
class RuleContext:
    """What a check may know besides the draft: the settings that concern it."""

    length: Length
    extra_phrases: tuple[str, ...] = ()
    frameworks: Mapping[str, object] = field(default_factory=dict)


Check = Callable[["Draft", RuleContext], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    meta: RuleMeta
    check: Check


def rule_docs(module_doc: str | None) -> str:
    """Normalise a rule module's docstring into its Markdown docs."""
    return inspect.cleandoc(module_doc or "").strip()


def docs_summary(docs: str) -> str:
    """The first paragraph of a rule's docs, on one line."""
    first = docs.split("\n\n", 1)[0]
    return " ".join(first.split())
