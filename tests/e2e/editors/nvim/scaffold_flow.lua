-- The whole loop in a real Neovim: open a STAR-L draft that lacks its Task
-- section, get answerlint's diagnostics, insert the section through the
-- scaffold code action (and, in a second draft, through :AnswerlintScaffold),
-- and see the finding change as the draft is linted again. Settings given to
-- setup() reach the server at start-up and when setup() runs again.
local t = require("harness")

local ABSENT = "STAR-L draft has no 'Task' section: add what you were responsible for."
local EMPTY = "STAR-L draft's 'Task' section is empty: add what you were responsible for."
local severity = vim.diagnostic.severity

local function missing_section(bufnr)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == "AL405" then
      return d
    end
  end
end

--- Wait until the draft's AL405 finding says `message` (or is gone, for nil).
local function wait_for_finding(bufnr, message)
  return t.wait_for("AL405 to say " .. vim.inspect(message), function()
    local d = missing_section(bufnr)
    if message == nil then
      return d == nil and "gone"
    end
    return d and d.message == message and d
  end)
end

--- The inserted section sits between Situation and Action, with the server's prompt below it.
local function check_inserted(bufnr)
  local lines = t.lines(bufnr)
  local task = t.index_of(lines, "## Task")
  if not task then
    t.fail("no '## Task' heading in the buffer:\n" .. table.concat(lines, "\n"))
  end
  local situation = t.index_of(lines, "## S — Situation")
  local action = t.index_of(lines, "## A — Action")
  if not (situation < task and task < action) then
    t.fail(("'## Task' is at line %d, not between Situation (%d) and Action (%d)"):format(task, situation, action))
  end
  t.eq(lines[task + 2], "_What were you responsible for, and what did success look like?_", "the prompt under Task")
  return task
end

--- Write a real Task section over the prompt, as the writer would, and see AL405 go.
local function fill_in(bufnr, task)
  vim.api.nvim_buf_set_lines(bufnr, task + 1, task + 2, false, {
    "I was responsible for handing over to the day team at 7:30 with every fluid chart totalled.",
  })
  wait_for_finding(bufnr, nil)
end

local function open(path)
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  t.eq(vim.bo[bufnr].filetype, "markdown", "filetype of " .. path)
  return bufnr
end

t.run(function(params)
  local answerlint = require("answerlint")
  t.log("answerlint-api:", answerlint.api())
  answerlint.setup({
    cmd = params.cmd,
    settings = { severity = { ["missing-section"] = "hint" }, length = { ["min-words"] = 400, ["max-words"] = 600 } },
  })

  -- 1. Diagnostics arrive, with code, source and message, at the severity the settings give.
  local first = open(params.drafts[1])
  local finding = wait_for_finding(first, ABSENT)
  t.eq(finding.source, "answerlint", "source")
  t.eq(finding.severity, severity.HINT, "severity from setup({ settings })")
  local length = t.wait_for("AL407 from length.min-words", function()
    for _, d in ipairs(vim.diagnostic.get(first)) do
      if d.code == "AL407" then
        return d
      end
    end
  end)
  if not length.message:find("aim for at least 400", 1, true) then
    t.fail("AL407 does not use length.min-words = 400: " .. length.message)
  end
  t.eq(#require("answerlint.clients").get(first), 1, "answerlint clients attached to the draft")

  -- 2. The scaffold keymap offers the scaffold actions; choosing STAR-L inserts the Task section.
  local offered
  vim.ui.select = function(items, opts, on_choice)
    offered = vim.tbl_map(opts.format_item, items)
    for i, item in ipairs(items) do
      if opts.format_item(item) == "Insert STAR-L (Situation, Task, Action, Result, Learned) scaffold" then
        return on_choice(item, i)
      end
    end
    on_choice(nil)
  end
  local scaffold_map = vim.fn.maparg("<leader>as", "n", false, true)
  t.eq(scaffold_map.buffer, 1, "<leader>as is mapped in the draft's buffer")
  t.eq(vim.fn.maparg("<leader>ca", "n", false, true).buffer, 1, "<leader>ca is mapped in the draft's buffer")
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes("<leader>as", true, false, true), "x", false)
  t.wait_for("the scaffold actions", function()
    return offered
  end)
  for _, title in ipairs(offered) do
    if not title:match("^Insert .* scaffold$") then
      t.fail("the scaffold keymap offered another action: " .. title)
    end
  end
  t.wait_for("the Task heading", function()
    return t.index_of(t.lines(first), "## Task")
  end)
  local task = check_inserted(first)
  wait_for_finding(first, EMPTY) -- linted again: the section is there, only its prompt is not an answer
  fill_in(first, task)

  -- 3. :AnswerlintScaffold completes the framework names and inserts through the server's applyEdit.
  t.eq(vim.fn.getcompletion("AnswerlintScaffold ", "cmdline"), params.frameworks, "completion")
  t.eq(vim.fn.getcompletion("AnswerlintScaffold fail", "cmdline"), vim.tbl_filter(function(id)
    return id:sub(1, 4) == "fail"
  end, params.frameworks), "completion of 'fail'")
  local second = open(params.drafts[2])
  wait_for_finding(second, ABSENT)
  vim.cmd("AnswerlintScaffold star-l")
  t.wait_for("the Task heading from :AnswerlintScaffold", function()
    return t.index_of(t.lines(second), "## Task")
  end)
  check_inserted(second)
  wait_for_finding(second, EMPTY)

  -- An unknown framework is the server's clear error, shown to the user.
  vim.cmd("AnswerlintScaffold no-such-framework")
  t.wait_for("the unknown-framework error", function()
    for _, message in ipairs(t.messages) do
      if message:find("unknown framework 'no-such-framework'", 1, true) then
        return true
      end
    end
  end)

  -- 4. The code lens carries the interviewer's checklist.
  local lens = t.wait_for("the code lens", function()
    return vim.lsp.codelens.get(second)[1]
  end)
  if not (lens.command and lens.command.title:find("spoken", 1, true)) then
    t.fail("unexpected code lens: " .. vim.inspect(lens))
  end

  -- 5. setup() again with new settings: the running server lints with them.
  answerlint.setup({ cmd = params.cmd, settings = { severity = { ["missing-section"] = "error" } } })
  t.wait_for("AL405 as an error after the settings change", function()
    local d = missing_section(second)
    return d and d.severity == severity.ERROR
  end)
  t.eq(#require("answerlint.clients").get(), 1, "one server for both drafts (same root)")

  -- 6. setup() without settings sends an empty object (not a list the server would reject):
  --    the finding goes back to its default severity, and no message complains (the server
  --    sends a complaint before the re-lint it comes with).
  answerlint.setup({ cmd = params.cmd })
  t.wait_for("AL405 back at its default severity", function()
    local d = missing_section(second)
    return d and d.severity == severity.WARN
  end)
  for _, message in ipairs(t.messages) do
    if not message:find("no-such-framework", 1, true) then
      t.fail("unexpected message from the server or plugin: " .. message)
    end
  end
end)
