"""The docs ``answerlint explain`` prints for a custom rule, written from its definition."""

from __future__ import annotations


def custom_docs(label, kind, message, phrases, replacement, sections, scope, link) -> str:
    where = f' under the "{scope}" section' if scope else ""
    listed = ", ".join(f'"{p}"' for p in phrases)
    if kind == "required":
        wants = []
        if sections:
            wants.append("a non-empty section " + " or ".join(f'"{s}"' for s in sections))
        if phrases:
            wants.append(f"one of these phrases{where}: {listed}")
        does = "Fires once on a draft that has none of these: " + "; ".join(wants) + "."
    else:
        does = f"Flags each of these phrases{where} (whole words, any case): {listed}."
    parts = [message, "## What it does", f"A custom rule from {label}. {does}", "## Why it matters to an interviewer", message]
    if link:
        parts.append(f"More: {link}")
    if kind == "substitution":
        parts += ["## Example", f"```markdown\n{phrases[0]}\n```", "## Use instead", f"```markdown\n{replacement}\n```"]
        parts += ["## Fix", f'Replaces the phrase with "{replacement}" (`answerlint check --fix`, or the quick fix in the editor).']
    return "\n\n".join(parts)
