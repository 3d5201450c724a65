-- @set <object>.<property> to <value>: assigns a property (or a built-in such as name, aliases,
-- r, w, f) with the player's permissions. The value is a Lua expression: 5, "text", {1, 2}, #12.
local utils = sys.utils
set_task_perms(player)
local path, valuetext = argstr:match("^%s*(%S+)%s+to%s+(.-)%s*$")
if not path then path, valuetext = argstr:match("^%s*(%S+)%s*=%s*(.-)%s*$") end
if not path or valuetext == "" then return notify(player, "Usage: @set <object>.<property> to <value>") end
local target = utils:parse_path(player, path, ".")
if type(target) == "string" then return notify(player, target) end
local obj, name = target[1], target[2]
local parsed = utils:value_of(valuetext)
if not parsed[1] then return notify(player, utils:esc(parsed[2])) end
local value = parsed[2]
local ok, problem = pcall(function() obj[name] = value end)
if not ok then return notify(player, utils:esc(utils:error_text(problem))) end
notify(player, "Set " .. tostring(obj) .. "." .. utils:esc(name) .. " to " .. utils:esc(utils:literal(value)) .. ".")
