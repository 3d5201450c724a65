-- obj:look_self([who]) -> tells `who` (default: the player) what this object looks like. Children
-- override it to add more (rooms list their contents, containers what they hold).
local who = ... or player
local description = this.description
if description == "" then description = "You see nothing special." end
notify(who, sys.utils:esc(description))
