"""editor-clients/nvim/README.md: every Lua snippet runs in Neovim and configures answerlint as
documented: the plugin's setup() accepts its options, and the plugin-free snippets start
`answerlint server` for Markdown with settings the server accepts."""

from __future__ import annotations

import json
import re

from answerlint.lsp.configuration import read_client_settings
from answerlint.plugins import default_registry
from neovim_harness import PLUGIN, run_script

README = PLUGIN / "README.md"
FENCE = re.compile(r"^```lua\n(.*?)^```$", re.M | re.S)


def recorded(nvim, tmp_path) -> list[list[dict]]:
    snippets = FENCE.findall(README.read_text(encoding="utf-8"))
    assert len(snippets) >= 5, "the README lost its install or configuration snippets"
    result = run_script(nvim, "readme_snippets.lua", {"snippets": snippets}, tmp_path)
    assert result.returncode == 0, result.output
    line = re.search(r"^SNIPPETS (.*)$", result.output, re.M)
    assert line, result.output
    return json.loads(line.group(1))


def test_every_lua_snippet_configures_answerlint(nvim, tmp_path):
    results = recorded(nvim, tmp_path)
    assert all(results), f"a snippet configured nothing: {results}"
    kinds = set()
    for calls in results:
        for call in calls:
            kinds.add(call["kind"])
            assert call["cmd"] == ["answerlint", "server"], call
            assert call["filetypes"] == ["markdown"], call
            settings = call["settings"]["answerlint"] or {}  # {} travels as [] from Lua
            assert read_client_settings(settings, default_registry(), None)[1] == [], call
    assert kinds == {"plugin", "vim.lsp.config", "lspconfig"}
