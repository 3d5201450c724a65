-- @rename <object> to <name>[,<alias>...]: a new name, and new aliases when given.
local utils = sys.utils
set_task_perms(player)
local objtext, nametext = argstr:match("^%s*(.-)%s+to%s+(.-)%s*$")
if not objtext or objtext == "" or nametext == "" then return notify(player, "Usage: @rename <object> to <name>[,<alias>...]") end
local obj = utils:match(player, objtext)
if type(obj) == "string" then return notify(player, obj) end
local names = {}
for name in nametext:gmatch("[^,]+") do names[#names + 1] = name:match("^%s*(.-)%s*$") end
local old = utils:ref(obj)
local ok, problem = pcall(function()
  obj.name = names[1]
  if #names > 1 then obj.aliases = { table.unpack(names, 2) } end
end)
if not ok then return notify(player, utils:esc(utils:error_text(problem))) end
notify(player, "Renamed " .. old .. " to " .. utils:ref(obj) .. ".")
