-- exit:look_self([who]) -> the exit's description, or where it leads.
local who = ... or player
local utils = sys.utils
if this.description ~= "" then return notify(who, utils:esc(this.description)) end
if valid(this.dest) then return notify(who, "It leads to " .. utils:esc(this.dest.name) .. ".") end
notify(who, "It leads nowhere.")
