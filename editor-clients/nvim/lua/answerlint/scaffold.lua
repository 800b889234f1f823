-- :AnswerlintScaffold [framework]: the server inserts the framework's missing
-- sections itself (the `answerlint.insertScaffold` command, applied through
-- workspace/applyEdit), so the plugin never builds a scaffold of its own.

local clients = require("answerlint.clients")

local M = {}

M.KIND = "source.answerlint.scaffold" -- the code action kind of the server's scaffold actions
M.COMMAND = "answerlint.insertScaffold"

-- The built-in frameworks' ids, for completion; the server checks the name,
-- so a framework from a third-party rule pack works too.
M.FRAMEWORKS = {
  "star-l",
  "what-why-did-learned",
  "failure-reflection-improvement",
  "failure-growth-gain",
  "failure-persistence-breakthrough",
}

function M.complete(lead)
  return vim.tbl_filter(function(id)
    return id:sub(1, #lead) == lead
  end, M.FRAMEWORKS)
end

--- Ask the server to insert `framework`'s missing sections (the best-matching
--- framework when nil) into the current buffer.
function M.insert(framework)
  local bufnr = vim.api.nvim_get_current_buf()
  local client = clients.get(bufnr)[1]
  if not client then
    vim.notify("answerlint: the language server is not running for this buffer", vim.log.levels.ERROR)
    return
  end
  local arguments = { vim.uri_from_bufnr(bufnr), framework }
  clients.request(client, "workspace/executeCommand", { command = M.COMMAND, arguments = arguments }, function(err)
    if err then
      vim.notify("answerlint: " .. (err.message or tostring(err)), vim.log.levels.ERROR)
    end
  end, bufnr)
end

--- The code action menu with only the scaffold actions (one per framework the draft lacks sections of).
function M.code_action()
  if vim.fn.has("nvim-0.8") == 1 then
    vim.lsp.buf.code_action({ context = { only = { M.KIND } } })
  else
    vim.lsp.buf.code_action({ only = { M.KIND } })
  end
end

return M
