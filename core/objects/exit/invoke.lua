-- exit:invoke(who) -> moves `who` through this exit: the people left behind see the oleave_msg,
-- the traveller sees leave_msg (if any) and the new room, the people there see the oarrive_msg.
local who = ...
local utils = sys.utils
local dest = this.dest
if not valid(dest) then return notify(who, utils:esc(this.nogo_msg)) end
local source = who.location
local name = utils:esc(who.name)
if this.leave_msg ~= "" then notify(who, utils:esc(this.leave_msg)) end
if valid(source) then announce(source, name .. " " .. utils:esc(this.oleave_msg), who) end
move(who, dest)
announce(dest, name .. " " .. utils:esc(this.oarrive_msg), who)
