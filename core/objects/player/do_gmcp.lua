-- player:do_gmcp(package, json) -> a GMCP package from this player's client (the session calls it;
-- docs/sessions-and-accounts.md). When the client announces the packages it supports
-- (Core.Supports.Set or .Add) it is sent the player's state again — Char.Name, Char.Status,
-- Char.Vitals and Room.Info, as at login — because a client may agree to GMCP only after the
-- login, when confunc's packages reached nobody. Every other package is ignored. The data is
-- never decoded, so malformed JSON cannot fail the verb; a game that reads it should decode it
-- inside pcall(json.decode, json).
local package = ...
if package ~= "Core.Supports.Set" and package ~= "Core.Supports.Add" then return end
local utils = sys.utils
utils:gmcp_char(this)
utils:gmcp_room(this)
