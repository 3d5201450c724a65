-- @verb <object>:<names> [<dobj> <prep> <iobj> [<perms>]]: adds a verb without code, owned by the
-- player; program it with @program. Arguments default to "none none none", perms to rx.
local utils = sys.utils
set_task_perms(player)
if #args == 0 then return notify(player, "Usage: @verb <object>:<names> [<dobj> <prep> <iobj> [<perms>]]") end
local target = utils:parse_path(player, args[1], ":")
if type(target) == "string" then return notify(player, target) end
local obj, names = target[1], target[2]
local rest = { table.unpack(args, 2) }
local perms = "rx"
if #rest > 3 and rest[#rest]:match("^[rwxd]+$") then perms = table.remove(rest) end
if #rest == 0 then rest = { "none", "none", "none" } end
if #rest < 3 then return notify(player, "Give all three argument words, e.g. this none none, or none of them.") end
local spec = table.concat(rest, " ")
local ok, problem = pcall(add_verb, obj, names, spec, perms)
if not ok then return notify(player, utils:esc(utils:error_text(problem))) end
notify(player, "Verb " .. tostring(obj) .. ":" .. utils:esc(names) .. " added (" .. utils:esc(spec) .. ", " .. perms .. "). Program it with @program " .. tostring(obj) .. ":" .. utils:esc(names:match("^(%S+)")) .. ".")
