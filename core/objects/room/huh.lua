-- huh: the parser's fallback. Exits of this room work as commands; a compass direction without an
-- exit, or a command only programmers or wizards have, gets a clear answer.
local utils = sys.utils
local exit = this:match_exit(verb)
if exit then return exit:invoke(player) end
if argstr == "" and utils:compass()[verb:lower()] then return notify(player, "You can't go that way.") end
for _, class in ipairs({ { sys.prog, "programmers" }, { sys.wiz, "wizards" } }) do
  local found = utils:find_verb(class[1], verb)
  if found and found[1] == class[1] then return notify(player, "Only " .. class[2] .. " can use that command.") end
end
notify(player, "I couldn't understand that.")
