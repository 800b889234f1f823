-- answerlint for Neovim: runs `answerlint server` for Markdown buffers.
--
--   require("answerlint").setup({ settings = { ignore = { "hedging" } } })
--
-- See editor-clients/nvim/README.md for every option.

local clients = require("answerlint.clients")
local scaffold = require("answerlint.scaffold")
local start = require("answerlint.start")

local M = {}

M.defaults = {
  cmd = { "answerlint", "server" },
  filetypes = { "markdown" },
  root_markers = { "answerlint.toml", "pyproject.toml", ".git" },
  -- The server's `answerlint` settings: the keys of answerlint.toml (select, ignore,
  -- severity, per-file-ignores, length, extend-phrases) plus configurationPreference
  -- and configuration.
  settings = {},
  keymaps = {
    code_action = "<leader>ca", -- every action at the cursor: fixes, disable rule, scaffolds
    scaffold = "<leader>as", -- only the "Insert <framework> scaffold" actions
  },
  codelens = true, -- the checklist, word count and spoken time above the first line
  on_attach = nil, -- function(client, bufnr), called after the plugin's own
}

local TYPES = {
  cmd = "table",
  filetypes = "table",
  root_markers = "table",
  settings = "table",
  keymaps = { "table", "boolean" },
  codelens = "boolean",
  on_attach = "function",
}

--- Check `opts` against the known options; returns the merged options or nil and a message.
function M.options(opts)
  opts = opts or {}
  for key, value in pairs(opts) do
    local expected = TYPES[key]
    if expected == nil then
      local known = vim.tbl_keys(TYPES)
      table.sort(known)
      return nil, ("unknown option %q (known: %s)"):format(tostring(key), table.concat(known, ", "))
    end
    expected = type(expected) == "table" and expected or { expected }
    if not vim.tbl_contains(expected, type(value)) then
      return nil, ("option %q: expected %s, got %s"):format(key, table.concat(expected, " or "), type(value))
    end
  end
  if opts.cmd ~= nil and (type(opts.cmd[1]) ~= "string" or opts.cmd[1] == "") then
    return nil, 'option "cmd": expected a list such as { "answerlint", "server" }'
  end
  local merged = vim.tbl_extend("force", M.defaults, opts)
  if opts.keymaps ~= nil and opts.keymaps ~= false then
    merged.keymaps = vim.tbl_extend("force", M.defaults.keymaps, opts.keymaps)
  end
  return merged
end

local function on_attach(opts)
  return function(client, bufnr)
    if opts.keymaps then
      local maps = {
        { opts.keymaps.code_action, vim.lsp.buf.code_action, "answerlint: code actions" },
        { opts.keymaps.scaffold, scaffold.code_action, "answerlint: insert a framework scaffold" },
      }
      for _, map in ipairs(maps) do
        if map[1] then
          vim.keymap.set("n", map[1], map[2], { buffer = bufnr, desc = map[3] })
        end
      end
    end
    if opts.codelens then
      vim.api.nvim_create_autocmd({ "BufEnter", "CursorHold", "InsertLeave" }, {
        group = vim.api.nvim_create_augroup("answerlint_codelens_" .. bufnr, { clear = true }),
        buffer = bufnr,
        callback = function()
          vim.lsp.codelens.refresh({ bufnr = bufnr })
        end,
      })
      vim.lsp.codelens.refresh({ bufnr = bufnr })
    end
    if opts.on_attach then
      opts.on_attach(client, bufnr)
    end
  end
end

local current -- the options of the last setup()

function M.setup(opts)
  local merged, problem = M.options(opts)
  if not merged then
    vim.notify("answerlint.setup: " .. problem, vim.log.levels.ERROR)
    return
  end
  local settings_changed = current ~= nil and not vim.deep_equal(current.settings, merged.settings)
  current = merged
  vim.api.nvim_create_user_command("AnswerlintScaffold", function(args)
    scaffold.insert(args.args ~= "" and args.args or nil)
  end, {
    nargs = "?",
    complete = scaffold.complete,
    desc = "answerlint: insert a framework's missing sections (the best-matching framework without an argument)",
  })
  start.enable(merged, on_attach(merged))
  if settings_changed then
    clients.update_settings(merged.settings)
  end
end

--- The Neovim API the plugin starts the server with here: "config", "start" or "start_client".
M.api = start.api

return M
