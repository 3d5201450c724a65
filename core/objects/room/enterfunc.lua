-- room:enterfunc(what) -> called after `what` arrived here (by move()): a player who arrives is
-- shown the room, and their client gets its GMCP Room.Info.
local what = ...
if is_player(what) then
  this:look_self(what)
  sys.utils:gmcp_room(what)
end
