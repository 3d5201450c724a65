-- @examine <object>: who owns it, what it is, where it is, and (when the player may list them)
-- the verbs and properties it defines itself.
local utils = sys.utils
set_task_perms(player)
if dobjstr == "" then return notify(player, "Usage: @examine <object>") end
local obj = utils:match(player, dobjstr)
if type(obj) == "string" then return notify(player, obj) end
local function refs(list)
  local out = {}
  for _, o in ipairs(list) do out[#out + 1] = utils:ref(o) end
  return utils:english_list(out, "none")
end
-- The player flag is no property (as in LambdaMOO): is_player reads it.
local flags = is_player(obj) and { "player" } or {}
for _, flag in ipairs({ "programmer", "wizard", "r", "w", "f" }) do
  if obj[flag] then flags[#flags + 1] = flag end
end
local aliases = {}
for _, alias in ipairs(obj.aliases) do aliases[#aliases + 1] = utils:esc(alias) end
notify(player, "{b}" .. utils:ref(obj) .. "{/b}")
notify(player, "Owner: " .. utils:ref(obj.owner))
notify(player, "Parents: " .. refs(obj.parents))
notify(player, "Location: " .. (valid(obj.location) and utils:ref(obj.location) or "nowhere"))
if #aliases > 0 then notify(player, "Aliases: " .. table.concat(aliases, ", ")) end
notify(player, "Flags: " .. (#flags > 0 and table.concat(flags, " ") or "none"))
local ok, description = pcall(function() return obj.description end)
if ok and type(description) == "string" and description ~= "" then notify(player, "Description: " .. utils:esc(description)) end
notify(player, "Contents: " .. refs(obj.contents))
local listed, names = pcall(verbs, obj)
if listed then
  notify(player, "Verbs: " .. (#names > 0 and utils:esc(table.concat(names, ", ")) or "none"))
  notify(player, "Properties: " .. (#properties(obj) > 0 and utils:esc(table.concat(properties(obj), ", ")) or "none"))
end
