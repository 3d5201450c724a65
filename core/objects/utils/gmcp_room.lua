-- utils:gmcp_room(who) -> sends `who` the GMCP Room.Info of where they are (on arrival and at
-- login). A place that is not a room, or any failure, sends nothing: GMCP never breaks a command.
local who = ...
pcall(function()
  if valid(who.location) then gmcp(who, "Room.Info", this:room_info(who.location)) end
end)
