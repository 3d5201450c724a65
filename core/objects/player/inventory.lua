-- inventory / i: what the player carries.
local utils = sys.utils
local names = {}
for _, obj in ipairs(player.contents) do names[#names + 1] = utils:esc(obj.name) end
if #names == 0 then return notify(player, "You are empty-handed.") end
notify(player, "You are carrying:")
for _, name in ipairs(names) do notify(player, "  " .. name) end
