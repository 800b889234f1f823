-- Runs each Lua snippet of editor-clients/nvim/README.md with the APIs it
-- calls replaced by recorders (vim.lsp.config/enable, nvim-lspconfig, a
-- plugin manager's spec), and prints what each passed on, as
-- `SNIPPETS <json>`, for the Python side to check. The plugin's setup() is
-- checked by its own option parser; nothing starts a server.
local t = require("harness")

t.run(function(params)
  local answerlint = require("answerlint")
  local results = {}
  for index, code in ipairs(params.snippets) do
    local recorded = {}
    local function record(kind, cmd, filetypes, settings)
      table.insert(recorded, { kind = kind, cmd = cmd, filetypes = filetypes, settings = settings })
    end
    package.loaded["answerlint"] = {
      setup = function(opts)
        local merged, problem = answerlint.options(opts)
        if not merged then
          t.fail(("snippet %d: setup(): %s"):format(index, problem))
        end
        record("plugin", merged.cmd, merged.filetypes, { answerlint = merged.settings })
      end,
    }
    local configs = {}
    package.loaded["lspconfig.configs"] = configs
    package.loaded["lspconfig.util"] = { root_pattern = function() return function() end end }
    package.loaded["lspconfig"] = setmetatable({}, {
      __index = function(_, name)
        return {
          setup = function(config)
            local default = configs[name].default_config
            record("lspconfig", default.cmd, default.filetypes, config.settings or default.settings)
          end,
        }
      end,
    })
    local enabled = {}
    vim.lsp.config = setmetatable({}, {
      __call = function(_, name, config)
        enabled[name] = config
      end,
    })
    vim.lsp.enable = function(name)
      local config = enabled[name]
      record("vim.lsp.config", config.cmd, config.filetypes, config.settings)
    end
    _G.use = function(spec) -- packer
      spec.config()
    end

    local chunk = loadstring(code, "snippet " .. index)
    if not chunk then
      chunk = assert(loadstring("return " .. code, "snippet " .. index)) -- a lazy.nvim spec is an expression
    end
    local value = chunk()
    if type(value) == "table" and value.config then
      value.config()
    end
    table.insert(results, recorded)
  end
  package.loaded["answerlint"] = answerlint
  t.log("SNIPPETS " .. vim.fn.json_encode(results))
end)
