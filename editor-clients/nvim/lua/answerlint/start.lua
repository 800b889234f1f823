-- Starting `answerlint server` for a buffer, with the newest API this Neovim has:
--
--   0.11+      vim.lsp.config() + vim.lsp.enable()  (Neovim runs the FileType autocommand)
--   0.8–0.10   vim.lsp.start() from our FileType autocommand (it reuses a client per root)
--   0.7        vim.lsp.start_client() + vim.lsp.buf_attach_client(), one client per root

local clients = require("answerlint.clients")

local M = {}

local uv = vim.uv or vim.loop

--- Which API this Neovim offers: "config", "start" or "start_client".
function M.api()
  if type(vim.lsp.config) == "table" and type(vim.lsp.enable) == "function" then
    return "config"
  end
  if type(vim.lsp.start) == "function" then
    return "start"
  end
  return "start_client"
end

local warned = {}

--- Whether the server's executable can be run; if not, tell the user once how to get it.
function M.executable(cmd)
  local program = cmd[1]
  if vim.fn.executable(program) == 1 then
    return true
  end
  if not warned[program] then
    warned[program] = true
    vim.notify(
      ("answerlint: cannot start the language server: %q cannot be run (it is not on PATH, or not an executable file). "
        .. "Install answerlint (from its checkout: `pipx install .`, or `pip install -e .` in a virtual "
        .. "environment), then put that `answerlint` on PATH or pass its full path: "
        .. "require(\"answerlint\").setup({ cmd = { \"/path/to/.venv/bin/answerlint\", \"server\" } })"):format(program),
      vim.log.levels.ERROR
    )
  end
  return false
end

--- The folder above `path` holding one of `markers`, else the file's own folder (or the cwd).
function M.find_root(path, markers)
  if path == "" then
    return uv.cwd()
  end
  local folder = vim.fn.fnamemodify(path, ":p:h")
  local dir = folder
  while true do
    for _, marker in ipairs(markers) do
      if uv.fs_stat(dir .. "/" .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      return folder
    end
    dir = parent
  end
end

local function client_config(opts, on_attach)
  local settings = clients.section(opts.settings)
  return {
    name = clients.NAME,
    cmd = opts.cmd,
    -- workspace/configuration answers from here (0.8+ asks; the server also reads
    -- initializationOptions, which is all 0.7 gives it at start-up).
    settings = { [clients.NAME] = settings },
    init_options = { settings = settings },
    on_attach = on_attach,
  }
end

local by_root = {} -- 0.7: root folder -> client id

local function start_client(config, bufnr)
  local id = by_root[config.root_dir]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    local root = config.root_dir
    config.on_exit = function()
      by_root[root] = nil
    end
    id = vim.lsp.start_client(config)
    by_root[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
end

local augroup

--- Start the server for `opts.filetypes` buffers, now and from now on.
function M.enable(opts, on_attach)
  local api = M.api()
  if api == "config" then
    local config = client_config(opts, on_attach)
    config.filetypes = opts.filetypes
    -- The function form of root_dir (0.11+) may decline a buffer: without an
    -- executable we tell the user instead of letting the spawn fail.
    config.root_dir = function(bufnr, on_dir)
      if M.executable(opts.cmd) then
        on_dir(M.find_root(vim.api.nvim_buf_get_name(bufnr), opts.root_markers))
      end
    end
    vim.lsp.config[clients.NAME] = config -- assignment replaces an earlier setup() instead of merging
    vim.lsp.enable(clients.NAME)
    return
  end
  augroup = vim.api.nvim_create_augroup("answerlint", { clear = true })
  local function attach(bufnr)
    if not M.executable(opts.cmd) then
      return
    end
    local config = client_config(opts, on_attach)
    config.root_dir = M.find_root(vim.api.nvim_buf_get_name(bufnr), opts.root_markers)
    if api == "start" then
      vim.lsp.start(config, { bufnr = bufnr })
    else
      start_client(config, bufnr)
    end
  end
  vim.api.nvim_create_autocmd("FileType", {
    group = augroup,
    pattern = opts.filetypes,
    callback = function(args)
      attach(args.buf)
    end,
  })
  -- Buffers opened before setup() ran.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(opts.filetypes, vim.bo[bufnr].filetype) then
      attach(bufnr)
    end
  end
end

return M
