-- player:confunc() -> called when the player connects: sends the client the GMCP Char.* and
-- Room.Info packages, shows the room and tells the others.
local utils = sys.utils
utils:gmcp_char(this)
local room = this.location
if not valid(room) then return end
utils:gmcp_room(this)
room:look_self(this)
announce(room, utils:esc(this.name) .. " has connected.", this)
