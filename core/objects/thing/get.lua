-- get/take <thing>: from the room into the player's hands.
local utils = sys.utils
local name = utils:esc(this.name)
if this.location == player then return notify(player, "You already have " .. name .. ".") end
if this.location ~= player.location then return notify(player, "I don't see that here.") end
move(this, player)
notify(player, "You take " .. name .. ".")
announce(player.location, utils:esc(player.name) .. " takes " .. name .. ".", player)
