-- The running answerlint clients, and calls on them that differ between Neovim versions.
--
-- Neovim 0.11 made client methods take `self` (`client:request(...)`; the
-- dot form is deprecated there) and 0.10 replaced get_active_clients() with
-- get_clients(); 0.7 has only the older forms.

local M = {}

M.NAME = "answerlint"

local has_method_calls = vim.fn.has("nvim-0.11") == 1

--- Every running answerlint client, or those attached to `bufnr`.
function M.get(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ name = M.NAME, bufnr = bufnr })
  end
  local found = {}
  for _, client in pairs(bufnr and vim.lsp.buf_get_clients(bufnr) or vim.lsp.get_active_clients()) do
    if client.name == M.NAME then
      table.insert(found, client)
    end
  end
  return found
end

function M.request(client, method, params, handler, bufnr)
  if has_method_calls then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

function M.notify(client, method, params)
  if has_method_calls then
    return client:notify(method, params)
  end
  return client.notify(method, params)
end

--- The settings as they must go on the wire: an empty Lua table would be sent as a JSON list.
function M.section(settings)
  return next(settings) == nil and vim.empty_dict() or settings
end

--- Give running clients new settings: what `workspace/configuration` answers
--- from now on, and a `workspace/didChangeConfiguration` so the server re-lints.
function M.update_settings(settings)
  for _, client in ipairs(M.get()) do
    local section = { [M.NAME] = M.section(settings) }
    client.config.settings = section
    if client.settings ~= nil then -- 0.11 answers workspace/configuration from client.settings
      client.settings = section
    end
    M.notify(client, "workspace/didChangeConfiguration", { settings = section })
  end
end

return M
