-- The room's look command: the room itself, or the named thing's look_self.
local utils = sys.utils
if dobjstr == "" and iobjstr == "" then return this:look_self(player) end
local phrase = dobjstr ~= "" and dobjstr or iobjstr
local target = utils:match(player, phrase)
if type(target) == "string" then return notify(player, target) end
target:look_self(player)
