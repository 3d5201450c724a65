-- @describe <object> as <text>: sets the object's description (with the player's permissions).
local utils = sys.utils
set_task_perms(player)
local objtext, text = argstr:match("^%s*(.-)%s+as%s+(.-)%s*$")
if not objtext or objtext == "" then return notify(player, "Usage: @describe <object> as <text>") end
local obj = utils:match(player, objtext)
if type(obj) == "string" then return notify(player, obj) end
local ok, problem = pcall(function() obj.description = text end)
if not ok then return notify(player, utils:esc(utils:error_text(problem))) end
notify(player, "Description of " .. utils:ref(obj) .. " set.")
