-- drop/throw <thing>: from the player's hands onto the floor of the room.
local utils = sys.utils
local name = utils:esc(this.name)
if this.location ~= player then return notify(player, "You don't have " .. name .. ".") end
local room = player.location
if not valid(room) then return notify(player, "There is nowhere to drop it.") end
move(this, room)
notify(player, "You drop " .. name .. ".")
announce(room, utils:esc(player.name) .. " drops " .. name .. ".", player)
