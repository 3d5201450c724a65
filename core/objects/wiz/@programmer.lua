-- @programmer <player>: gives a player the programmer flag and, when they are a plain $player,
-- makes them a child of $prog so that they get the programming commands.
local utils = sys.utils
set_task_perms(player)
if dobjstr == "" then return notify(player, "Usage: @programmer <player>") end
local who = utils:match_player(dobjstr)
if type(who) == "string" then return notify(player, who) end
local ok, problem = pcall(function()
  who.programmer = true
  if not utils:isa(who, sys.prog) then who.parents = { sys.prog } end
end)
if not ok then return notify(player, utils:esc(utils:error_text(problem))) end
notify(player, utils:ref(who) .. " is now a programmer.")
notify(who, "You are now a programmer. Type help for the programming commands.")
