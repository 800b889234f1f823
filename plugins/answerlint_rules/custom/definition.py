"""Reading ``[[custom-rules]]`` tables into rules, with one error line per invalid table."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

import regex

from answerlint.finding import Severity
from answerlint.framework import normalise_heading
from answerlint.rule import CUSTOM_CODE as CODE
from answerlint.rule import Rule, RuleMeta, docs_summary

from answerlint_rules.custom.check import CustomCheck, SectionNames
from answerlint_rules.custom.docs import custom_docs
from answerlint_rules.language import phrase_pattern

FAMILY = "custom"
KINDS = ("existence", "substitution", "required")
KEYS = ("name", "message", "severity", "kind", "phrases", "replacement", "sections", "scope", "link")
_KEBAB = regex.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\Z")


class Invalid(Exception):
    """One problem with one definition: the key and what is wrong."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")


def read_definitions(definitions: list[object], source: str, registry) -> tuple[list[Rule], list[str]]:
    rules: list[Rule] = []
    errors: list[str] = []
    names: set[str] = set()
    for number, table in enumerate(definitions, 1):
        label = f"{source} #{number}"
        if isinstance(table, Mapping) and isinstance(table.get("name"), str):
            label += f" ({table['name']})"
        try:
            if not isinstance(table, Mapping):
                raise Invalid("", f"expected a table, got {_describe(table)}")
            rule = read_definition(table, label, registry, names)
        except Invalid as error:
            errors.append(f"{label}: {str(error).lstrip(': ')}")
            continue
        names.add(rule.meta.name)
        rules.append(rule)
    return rules, errors


def read_definition(table: Mapping[str, object], label: str, registry, taken: set[str]) -> Rule:
    for key in table:
        if key not in KEYS:
            close = difflib.get_close_matches(str(key), KEYS, n=1)
            raise Invalid(str(key), "unknown key" + (f" (did you mean {close[0]!r}?)" if close else f"; expected {', '.join(KEYS)}"))
    name = _name(table, registry, taken)
    message = _text(table, "message")
    severity = _severity(table)
    kind = table.get("kind")
    if kind not in KINDS:
        raise Invalid("kind", f"expected one of {', '.join(KINDS)}, got {_describe(kind)}" if "kind" in table else "missing")
    phrases = _strings(table, "phrases") if "phrases" in table else ()
    sections = _strings(table, "sections") if "sections" in table else ()
    if kind != "required" and not phrases:
        raise Invalid("phrases", f"missing: {kind} rules need a list of phrases")
    if kind == "required" and not (phrases or sections):
        raise Invalid("phrases", "missing: a required rule needs phrases, sections, or both")
    if sections and kind != "required":
        raise Invalid("sections", "only a required rule names sections")
    replacement = None
    if kind == "substitution":
        replacement = _text(table, "replacement", hint=' (to flag a phrase without replacing it, use kind = "existence")')
        if phrase_pattern(phrases).search(replacement):
            raise Invalid("replacement", f"{replacement!r} contains one of the phrases, so the fix would never clear the finding")
    elif "replacement" in table:
        raise Invalid("replacement", "only a substitution rule has a replacement")
    scope = _scope(table, registry) if "scope" in table else None
    if scope is not None and sections:
        raise Invalid("scope", "a rule that names sections cannot also have a scope")
    link = _link(table) if "link" in table else None
    meta = RuleMeta(
        code=CODE,
        name=name,
        family=FAMILY,
        kind="document" if kind == "required" else "span",
        severity=severity,
        summary=docs_summary(message),
        message=message,
        docs=custom_docs(label, kind, message, phrases, replacement, sections, table.get("scope"), link),
        link=link,
        safe_fix=kind == "substitution",
    )
    required = _section_names(sections, registry) if sections else None
    return Rule(meta, CustomCheck(meta, kind, phrases, replacement, required, scope))


def _name(table: Mapping[str, object], registry, taken: set[str]) -> str:
    if "name" not in table:
        raise Invalid("name", "missing")
    name = table["name"]
    if not isinstance(name, str) or not _KEBAB.match(name):
        raise Invalid("name", f"expected a kebab-case name such as 'no-buzzwords', got {_describe(name)}")
    clash = registry.find(name)
    if clash is not None:
        raise Invalid("name", f"clashes with the built-in rule {clash.meta.code} {clash.meta.name}")
    if registry.resolve(name) or CODE.startswith(name.upper()):
        raise Invalid("name", f"{name!r} reads as a rule code or selector; choose a descriptive name")
    if name in taken:
        raise Invalid("name", "defined twice; the first definition is kept")
    return name


def _text(table: Mapping[str, object], key: str, hint: str = "") -> str:
    if key not in table:
        raise Invalid(key, "missing" + hint)
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise Invalid(key, f"expected non-empty text, got {_describe(value)}{hint}")
    return value.strip()


def _severity(table: Mapping[str, object]) -> Severity:
    value = table.get("severity", "warning")
    if not isinstance(value, str):
        raise Invalid("severity", f"expected error, warning, info or hint, got {_describe(value)}")
    try:
        return Severity.parse(value)
    except ValueError:
        raise Invalid("severity", f"expected error, warning, info or hint, got {_describe(value)}") from None


def _strings(table: Mapping[str, object], key: str) -> tuple[str, ...]:
    value = table[key]
    if isinstance(value, str) or not isinstance(value, list) or not value:
        raise Invalid(key, f"expected a non-empty list of strings, got {_describe(value)}")
    for item in value:
        if not isinstance(item, str) or not regex.search(r"[\p{L}\p{N}]", item):
            raise Invalid(key, f"every item must be text with a letter or digit, got {_describe(item)}")
    return tuple(" ".join(item.split()) for item in value)


def _scope(table: Mapping[str, object], registry) -> SectionNames:
    value = table["scope"]
    if not isinstance(value, str) or not value.strip():
        raise Invalid("scope", f"expected the name of a framework section, got {_describe(value)}")
    names = _section_names((value,), registry)
    if not names.titles:
        known = sorted({s.title for f in registry.frameworks for s in f.sections})
        close = difflib.get_close_matches(value, known, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(known)}"
        raise Invalid("scope", f"no framework has a section {value!r} ({hint})")
    return names


def _section_names(names: tuple[str, ...], registry) -> SectionNames:
    titles = frozenset(
        section.title for name in names for framework in registry.frameworks if (section := framework.section_named(name))
    )
    return SectionNames(titles, tuple(normalise_heading(n) for n in names))


def _link(table: Mapping[str, object]) -> str:
    value = table["link"]
    if not isinstance(value, str) or not regex.match(r"https?://[^\s/]+\S*\Z", value.strip()):
        raise Invalid("link", f"expected an http(s) address, got {_describe(value)}")
    return value.strip()


def _describe(value: object) -> str:
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list):
        return "an empty list" if not value else "a list"
    kind = {str: "a string", bool: "a boolean", int: "a number", float: "a number"}.get(type(value), type(value).__name__)
    return f"{kind} ({value!r})"
