-- @property <object>.<name> [<value> [<perms>]]: defines a new property on the object, owned by
-- the player. The value is a Lua expression (default nil); perms are letters from r, w, c
-- (default rc).
local utils = sys.utils
set_task_perms(player)
local path, rest = argstr:match("^%s*(%S+)%s*(.-)%s*$")
if not path then return notify(player, "Usage: @property <object>.<name> [<value> [<perms>]]") end
local target = utils:parse_path(player, path, ".")
if type(target) == "string" then return notify(player, target) end
local obj, name = target[1], target[2]
local perms = "rc"
local valuetext, permtext = rest:match("^(.-)%s+([rwc]+)$")
if valuetext and valuetext ~= "" then rest, perms = valuetext, permtext end
local value
if rest ~= "" then
  local parsed = utils:value_of(rest)
  if not parsed[1] then return notify(player, utils:esc(parsed[2])) end
  value = parsed[2]
end
local ok, problem = pcall(add_property, obj, name, value, perms)
if not ok then return notify(player, utils:esc(utils:error_text(problem))) end
notify(player, "Property " .. tostring(obj) .. "." .. utils:esc(name) .. " added with value " .. utils:esc(utils:literal(value)) .. " and perms " .. perms .. ".")
