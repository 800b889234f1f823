-- Run by bench/editor_first_diagnostic.py inside `nvim --headless --clean`:
-- with the plugin set up, `:edit` one draft (the server starts) and then a
-- second (the server is running), timing each from `:edit` to the buffer's
-- first diagnostics. Prints one line, `RESULT <json>`, on stderr.
local params = vim.fn.json_decode(os.getenv("ANSWERLINT_BENCH"))
vim.opt.runtimepath:prepend(params.plugin)
local hrtime = (vim.uv or vim.loop).hrtime

-- Pushed or pulled, diagnostics reach the buffer through vim.diagnostic.set(),
-- which fires DiagnosticChanged even for an empty list (the baseline server's).
local arrived = {}
vim.api.nvim_create_autocmd("DiagnosticChanged", {
  callback = function(args)
    if not arrived[args.buf] then
      arrived[args.buf] = { at = hrtime(), count = #vim.diagnostic.get(args.buf) }
    end
  end,
})
require("answerlint").setup({ cmd = params.cmd, codelens = false, keymaps = false })

local function time_edit(path)
  local began = hrtime()
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  if not vim.wait(params.timeout_ms, function() return arrived[bufnr] ~= nil end, 1) then
    error("no diagnostics for " .. path .. " within " .. params.timeout_ms .. " ms")
  end
  return { ms = (arrived[bufnr].at - began) / 1e6, diagnostics = arrived[bufnr].count }
end

local ok, result = pcall(function()
  return { cold = time_edit(params.drafts[1]), warm = time_edit(params.drafts[2]) }
end)
io.stderr:write("RESULT " .. vim.fn.json_encode(ok and result or { error = tostring(result) }) .. "\n")
vim.cmd(ok and "qall!" or "cquit 1")
