-- @show <object> | <object>.<property> | <object>:<verb>: what a programmer needs to know about
-- an object, one of its properties (value, owner, perms) or one of its verbs.
local utils = sys.utils
set_task_perms(player)
local text = argstr:match("^%s*(.-)%s*$")
if text == "" then return notify(player, "Usage: @show <object>[.<property> or :<verb>]") end
local function say(line) notify(player, line) end
local function fail(problem) say(utils:esc(utils:error_text(problem))) end

if text:find(":", 1, true) then
  local target = utils:parse_path(player, text, ":")
  if type(target) == "string" then return say(target) end
  local found = utils:find_verb(target[1], target[2])
  if not found then return say("There is no verb " .. utils:esc(target[2]) .. " on " .. utils:ref(target[1]) .. ".") end
  local ok, info = pcall(verb_info, found[1], target[2])
  if not ok then return fail(info) end
  return say(tostring(found[1]) .. ":" .. utils:esc(info[3]) .. "  (" .. utils:esc(info[4]) .. ")  owner " .. utils:ref(info[1]) .. ", perms " .. info[2])
end

if text:find(".", 1, true) and not text:match("^#%-?%d+$") then
  local target = utils:parse_path(player, text, ".")
  if type(target) == "string" then return say(target) end
  local obj, name = target[1], target[2]
  local ok, value = pcall(function() return obj[name] end)
  if not ok then return fail(value) end
  local shown = tostring(obj) .. "." .. utils:esc(name) .. " = " .. utils:esc(utils:literal(value))
  local known, info = pcall(property_info, obj, name)
  if known then shown = shown .. "  (owner " .. utils:ref(info[1]) .. ", perms " .. info[2] .. ")" end
  return say(shown)
end

local obj = utils:match(player, text)
if type(obj) == "string" then return say(obj) end
say("{b}" .. utils:ref(obj) .. "{/b}  owner " .. utils:ref(obj.owner))
local parentnames = {}
for _, parent in ipairs(obj.parents) do parentnames[#parentnames + 1] = utils:ref(parent) end
say("Parents: " .. utils:english_list(parentnames, "none"))
say("Location: " .. (valid(obj.location) and utils:ref(obj.location) or "nowhere"))
local ok, props = pcall(properties, obj)
if not ok then return fail(props) end
say("Properties defined here:" .. (#props == 0 and " none" or ""))
for _, name in ipairs(props) do
  local readable, value = pcall(function() return obj[name] end)
  local info = property_info(obj, name)
  say("  " .. utils:esc(name) .. " = " .. (readable and utils:esc(utils:literal(value)) or "(unreadable)") .. "  (owner " .. utils:ref(info[1]) .. ", perms " .. info[2] .. ")")
end
local names = verbs(obj)
say("Verbs defined here:" .. (#names == 0 and " none" or ""))
for _, verbnames in ipairs(names) do
  local first = verbnames:match("^(%S+)")
  local readable, info = pcall(verb_info, obj, (first:gsub("%*", "")))
  say("  " .. utils:esc(verbnames) .. (readable and "  (" .. utils:esc(info[4]) .. ", perms " .. info[2] .. ")" or ""))
end
