"""The hooks an answerlint plugin may implement.

A plugin is a module (or any object) registered through the ``answerlint``
entry-point group; the built-in rules are registered exactly that way. A
plugin implements any of the hooks below with ``@answerlint.hookimpl``.
"""

from __future__ import annotations

import pluggy

from answerlint.framework import Framework
from answerlint.rule import Rule

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
