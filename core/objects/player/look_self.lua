-- player:look_self([who]) -> the player's description and what they carry.
local who = ... or player
local utils = sys.utils
local description = this.description
if description == "" then description = "You see nothing special." end
notify(who, utils:esc(description))
local names = {}
for _, obj in ipairs(this.contents) do names[#names + 1] = utils:esc(obj.name) end
if #names > 0 then notify(who, utils:esc(this.name) .. " is carrying " .. utils:english_list(names) .. ".") end
