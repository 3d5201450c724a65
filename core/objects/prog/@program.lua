-- @program <object>:<verb> [<code>]: replaces the verb's code, with the player's permissions.
-- Without code on the line, the lines that follow are read until one holding only "." (or
-- "@abort", which changes nothing). Code that does not compile is refused.
local utils = sys.utils
set_task_perms(player)
if #args == 0 then return notify(player, "Usage: @program <object>:<verb> [<code>]") end
local target = utils:parse_path(player, args[1], ":")
if type(target) == "string" then return notify(player, target) end
local obj, word = target[1], target[2]
local found = utils:find_verb(obj, word)
if not found then return notify(player, "There is no verb " .. utils:esc(word) .. " on " .. utils:ref(obj) .. ".") end
local definer, names = found[1], found[2]
local label = tostring(definer) .. ":" .. utils:esc(names:match("^(%S+)"))
local code = argstr:match("^%s*%S+%s+(.-)%s*$")
if not code or code == "" then
  notify(player, "Now programming " .. label .. ". Type the code, then a line with only a period (.) to finish, or @abort.")
  local lines = {}
  while true do
    local line = read()
    if line == "." then break end
    if line == "@abort" then return notify(player, "Aborted; " .. label .. " is unchanged.") end
    lines[#lines + 1] = line
  end
  code = table.concat(lines, "\n")
end
local compiled, problem = load(code, tostring(definer) .. ":" .. word, "t", {})
if not compiled then return notify(player, "Not programmed, the code does not compile: " .. utils:esc(problem)) end
local ok, refused = pcall(set_verb_code, definer, word, code)
if not ok then return notify(player, utils:esc(utils:error_text(refused))) end
notify(player, label .. " programmed.")
