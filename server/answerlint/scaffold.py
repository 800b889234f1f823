"""Scaffolds: a new draft for a framework, and the edit that inserts one missing section.

Every edit here only inserts text; it never replaces or moves what the
writer wrote, and it uses the draft's own line endings.
"""

from __future__ import annotations

from dataclasses import replace

from answerlint.draft import Draft
from answerlint.finding import Edit, Fix
from answerlint.framework import Framework, FrameworkSection


def line_ending(text: str) -> str:
    if "\r\n" in text:
        return "\r\n"
    if "\r" in text and "\n" not in text:
        return "\r"
    return "\n"


def render_scaffold(framework: Framework, question: str = "Tell me about a time you failed.") -> str:
    """A new draft: front matter naming the framework, then each section with its prompt."""
    lines = ["---", f"framework: {framework.id}", f"question: {question}", "role: ", "---", "", f"# {question}", ""]
    for section in framework.sections:
        lines += [f"## {section.title}", "", f"_{section.prompt}_", ""]
    return "\n".join(lines)


def section_text(section: FrameworkSection, level: int, nl: str) -> str:
    return f"{'#' * level} {section.title}{nl}{nl}_{section.prompt}_{nl}"


def insert_section(draft: Draft, framework: Framework | None, section: FrameworkSection) -> Fix:
    """The edit that adds ``section`` where the framework's order puts it.

    With a framework, the section goes before the first present section that
    comes after it in the framework, else after the last present one; with
    none, at the end of the draft.
    """
    text = draft.text
    nl = line_ending(text)
    present = [s for s in draft.sections if framework and s.framework_section in framework.sections]
    level = present[0].level if present else 2
    offset = len(text)
    if framework and section in framework.sections:
        order = framework.sections.index(section)
        later = [s for s in present if framework.sections.index(s.framework_section) > order]
        earlier = [s for s in present if framework.sections.index(s.framework_section) < order]
        if later:
            offset = later[0].start
        elif earlier:
            offset = earlier[-1].end
    body = section_text(section, level, nl)
    before = text[:offset]
    prefix = ""
    if before and not before.endswith(("\n", "\r")):
        prefix += nl
    if before.strip() and not (before + prefix).endswith((nl + nl, "\n\n", "\r\r")):
        prefix += nl
    suffix = nl if offset < len(text) else ""
    return Fix(f"Insert the '{section.title}' section", (Edit(offset, offset, prefix + body + suffix),))


def missing_sections(draft: Draft, framework: Framework) -> list[FrameworkSection]:
    """The framework's sections that no heading of the draft names."""
    present = {framework.section_named(section.heading) for section in draft.sections}
    return [section for section in framework.sections if section not in present]


def insert_sections(draft: Draft, framework: Framework, sections: list[FrameworkSection]) -> Fix | None:
    """One fix inserting each of ``sections`` where ``framework``'s order puts it.

    The draft's headings are read as ``framework``'s sections, whichever
    framework the draft itself follows; two sections landing at one place go
    in the framework's order.
    """
    if not sections:
        return None
    viewed = replace(
        draft,
        sections=[replace(s, framework_section=framework.section_named(s.heading)) for s in draft.sections],
    )
    nl = line_ending(draft.text)
    edits: dict[int, Edit] = {}
    for section in sorted(sections, key=framework.sections.index):
        (edit,) = insert_section(viewed, framework, section).edits
        earlier = edits.get(edit.start)
        if earlier is None:
            edits[edit.start] = edit
        else:
            joined = earlier.new_text.rstrip("\r\n") + nl * 2 + edit.new_text.lstrip("\r\n")
            edits[edit.start] = Edit(edit.start, edit.end, joined)
    return Fix(f"Insert {framework.title} scaffold", tuple(edits[k] for k in sorted(edits)))
