-- @list <object>:<verb>: the verb's code with line numbers (for tracebacks), after a line saying
-- where it is defined, its arguments, owner and perms.
local utils = sys.utils
set_task_perms(player)
if #args == 0 then return notify(player, "Usage: @list <object>:<verb>") end
local target = utils:parse_path(player, args[1], ":")
if type(target) == "string" then return notify(player, target) end
local obj, word = target[1], target[2]
local found = utils:find_verb(obj, word)
if not found then return notify(player, "There is no verb " .. utils:esc(word) .. " on " .. utils:ref(obj) .. ".") end
local definer = found[1]
local ok, info = pcall(verb_info, definer, word)
if not ok then return notify(player, utils:esc(utils:error_text(info))) end
local code = verb_code(definer, word)
notify(player, tostring(definer) .. ":" .. utils:esc(info[3]) .. "  (" .. utils:esc(info[4]) .. ")  owner " .. utils:ref(info[1]) .. ", perms " .. info[2])
if code == "" then return notify(player, "(no code)") end
local number = 0
for line in (code .. "\n"):gmatch("(.-)\n") do
  number = number + 1
  notify(player, string.format("%3d  %s", number, utils:esc(line)))
end
