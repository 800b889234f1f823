"""The hooks an answerlint plugin may implement.

A plugin is a module (or any object) registered through the ``answerlint``
entry-point group; the built-in rules are registered exactly that way. A
plugin implements any of the hooks below with ``@answerlint.hookimpl``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

from answerlint.framework import Framework
from answerlint.rule import Rule

if TYPE_CHECKING:
    from answerlint.plugins import Registry

PROJECT = "answerlint"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


# -- rules --------------------------------------------------------------------


@hookspec
def answerlint_rules() -> list[Rule]:
    """Contribute rules.

    :return: the rules this plugin provides; each has its metadata (code,
        name, family, kind, default severity, docs) and its check function,
        which the engine calls once per draft with the draft and a
        :class:`~answerlint.rule.RuleContext`.
    """


# -- answer frameworks ----------------------------------------------------------


@hookspec
def answerlint_frameworks() -> list[Framework]:
    """Contribute answer frameworks (STAR-L and the like).

    :return: frameworks with their sections in order; the document model maps
        headings to them and the scaffolds are built from them.
    """


# -- rules defined in configuration ------------------------------------------------


@hookspec(firstresult=True)
def answerlint_custom_rules(definitions: list[object], source: str, registry: Registry) -> tuple[list[Rule], list[str]] | None:
    """Turn the ``[[custom-rules]]`` tables of one configuration file into rules.

    :param definitions: the tables as read from the file, in order.
    :param source: how error lines start: the file and the key, such as
        ``answerlint.toml: custom-rules`` or ``pyproject.toml: tool.answerlint.custom-rules``.
    :param registry: the installed rules and frameworks, so a definition can
        be checked against the names, codes and sections they already use.
    :return: the rules built from the valid tables, and one line for each
        invalid one (``SOURCE #N (NAME): KEY: what is wrong``);
        None when this plugin does not build custom rules.
    """
