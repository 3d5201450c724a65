-- @create <parent> named <name>[,<alias>...]: a new child of <parent>, owned by the player and
-- put in their hands (rooms and exits stay nowhere). Runs with the player's permissions.
local utils = sys.utils
set_task_perms(player)
local parenttext, nametext = argstr:match("^%s*(.-)%s+named%s+(.-)%s*$")
if not parenttext or nametext == "" then return notify(player, "Usage: @create <parent> named <name>[,<alias>...]") end
local parent = utils:match(player, parenttext)
if type(parent) == "string" then return notify(player, parent) end
local names = {}
for name in nametext:gmatch("[^,]+") do names[#names + 1] = name:match("^%s*(.-)%s*$") end
local ok, obj = pcall(create, parent)
if not ok then return notify(player, utils:esc(utils:error_text(obj))) end
local named, problem = pcall(function()
  obj.name = names[1]
  obj.aliases = { table.unpack(names, 2) }
end)
if not named then
  recycle(obj)
  return notify(player, utils:esc(utils:error_text(problem)))
end
local line = "Created " .. utils:ref(obj) .. ", a child of " .. utils:ref(parent) .. "."
if not utils:isa(obj, sys.room) and not utils:isa(obj, sys.exit) then
  move(obj, player)
  line = line .. " You are holding it."
end
notify(player, line)
