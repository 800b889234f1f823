-- What every Neovim test script shares: its parameters, waiting, checks, and
-- an exit status the Python side reads (0 passed, 1 failed).
--
-- A script is `require("harness").run(function(params) ... end)`; the
-- parameters come as JSON in $ANSWERLINT_NVIM_TEST.

local M = {}

M.params = vim.fn.json_decode(os.getenv("ANSWERLINT_NVIM_TEST"))
M.TIMEOUT = M.params.timeout_ms

function M.log(...)
  io.stderr:write(table.concat(vim.tbl_map(tostring, { ... }), " ") .. "\n")
end

function M.fail(message)
  error(message, 2)
end

function M.eq(actual, expected, what)
  if not vim.deep_equal(actual, expected) then
    error(("%s: expected %s, got %s"):format(what, vim.inspect(expected), vim.inspect(actual)), 2)
  end
end

--- Pump the event loop until `condition()` returns a truthy value; return it, or fail naming `what`.
function M.wait_for(what, condition, timeout)
  local value
  local ok = vim.wait(timeout or M.TIMEOUT, function()
    value = condition()
    return value and true or false
  end, 10)
  if not ok then
    error("timed out waiting for " .. what, 2)
  end
  return value
end

--- Everything the servers said through window/showMessage and vim.notify, in order.
M.messages = {}
local show_message = vim.lsp.handlers["window/showMessage"]
vim.lsp.handlers["window/showMessage"] = function(err, result, ctx, config)
  table.insert(M.messages, result.message)
  return show_message(err, result, ctx, config)
end
vim.notify = function(message, level)
  table.insert(M.messages, message)
  M.log("notify:", message)
end

function M.lines(bufnr)
  return vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
end

function M.index_of(list, wanted)
  for i, item in ipairs(list) do
    if item == wanted then
      return i
    end
  end
end

function M.run(body)
  vim.opt.runtimepath:prepend(M.params.plugin)
  local ok, err = xpcall(body, debug.traceback, M.params)
  if ok then
    M.log("PASSED")
    vim.cmd("qall!")
  else
    M.log("FAILED: " .. tostring(err))
    vim.cmd("cquit 1")
  end
end

return M
