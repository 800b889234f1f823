"""The answerlint language server: ``answerlint server``.

This package is the only place that knows lsprotocol and pygls; the CLI
imports it lazily, for the ``server`` subcommand only. Findings carry string
offsets; they become LSP positions here, once, through
:class:`answerlint.lsp.positions.PositionMap`.
"""
