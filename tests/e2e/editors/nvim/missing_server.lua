-- With no answerlint executable, opening a draft says how to install it and starts nothing.
local t = require("harness")

t.run(function(params)
  local answerlint = require("answerlint")
  t.log("answerlint-api:", answerlint.api())
  answerlint.setup({ cmd = { params.missing_program, "server" } })
  vim.cmd("edit " .. vim.fn.fnameescape(params.draft))
  local message = t.wait_for("the install message", function()
    return t.messages[1]
  end)
  for _, wanted in ipairs({ params.missing_program, "cannot be run", "pipx install", "cmd =" }) do
    if not message:find(wanted, 1, true) then
      t.fail(("the message does not say %q: %s"):format(wanted, message))
    end
  end
  vim.cmd("edit " .. vim.fn.fnameescape(params.other_draft))
  vim.wait(200)
  t.eq(#t.messages, 1, "messages (the install message is shown once)")
  t.eq(#require("answerlint.clients").get(), 0, "running answerlint clients")
end)
