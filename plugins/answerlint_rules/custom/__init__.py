"""Custom rules: ``[[custom-rules]]`` tables in a configuration file, turned into rules.

This is a built-in plugin like any rule pack: it implements the
``answerlint_custom_rules`` hook, and the settings reader asks it to build the
rules a configuration file defines. The rules it builds are ordinary
:class:`~answerlint.rule.Rule` objects, so selecting, ignoring, severity
overrides, suppression comments, ``answerlint rules``/``explain`` and the
editor treat them exactly as they treat built-in ones.

Every custom rule has the code ``CUSTOM``: it can never clash with a catalog
code (``AL###``), and ``select = ["CUSTOM"]`` selects all of them; each one is
otherwise named by its own kebab-case name.
"""

from answerlint.hookspecs import hookimpl

from answerlint_rules.custom.definition import read_definitions


@hookimpl
def answerlint_custom_rules(definitions, source, registry):
    return read_definitions(definitions, source, registry)
