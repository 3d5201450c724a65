-- #0:user_connected(player) (also user_created, user_reconnected) -> run by the session after a
-- login: the player's confunc shows them the room and tells the others.
local who = ...
if valid(who) then who:confunc() end
