-- @parents <object>: the object's ancestors, nearest first, in inheritance order.
local utils = sys.utils
if dobjstr == "" then return notify(player, "Usage: @parents <object>") end
local obj = utils:match(player, dobjstr)
if type(obj) == "string" then return notify(player, obj) end
local chain, seen = { utils:ref(obj) }, { [obj] = true }
local function walk(o)
  for _, parent in ipairs(parents(o)) do
    if not seen[parent] then
      seen[parent] = true
      chain[#chain + 1] = utils:ref(parent)
      walk(parent)
    end
  end
end
walk(obj)
notify(player, table.concat(chain, "  "))
