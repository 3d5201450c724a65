-- player:disfunc() -> called when the player disconnects: tells the others in the room.
local room = this.location
if valid(room) then announce(room, sys.utils:esc(this.name) .. " has disconnected.", this) end
