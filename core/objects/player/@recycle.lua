-- @recycle <object>: destroys an object the player owns. What it holds goes nowhere.
local utils = sys.utils
set_task_perms(player)
if dobjstr == "" then return notify(player, "Usage: @recycle <object>") end
local obj = utils:match(player, dobjstr)
if type(obj) == "string" then return notify(player, obj) end
if is_player(obj) then return notify(player, "Players can't be recycled with @recycle.") end
local name = utils:ref(obj)
local ok, problem = pcall(recycle, obj)
if not ok then return notify(player, utils:esc(utils:error_text(problem))) end
notify(player, "Recycled " .. name .. ".")
