-- @chparent <object> to <new parent>: the object inherits from the new parent from now on.
local utils = sys.utils
set_task_perms(player)
local objtext, parenttext = argstr:match("^%s*(.-)%s+to%s+(.-)%s*$")
if not objtext or objtext == "" or parenttext == "" then return notify(player, "Usage: @chparent <object> to <new parent>") end
local obj = utils:match(player, objtext)
if type(obj) == "string" then return notify(player, obj) end
local parent = utils:match(player, parenttext)
if type(parent) == "string" then return notify(player, parent) end
local ok, problem = pcall(function() obj.parents = { parent } end)
if not ok then return notify(player, utils:esc(utils:error_text(problem))) end
notify(player, "Parent of " .. utils:ref(obj) .. " changed to " .. utils:ref(parent) .. ".")
