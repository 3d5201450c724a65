-- room:look_self([who]) -> shows `who` (default: the player) the room: its name, description,
-- the things and people in it, and its exits.
local who = ... or player
local utils = sys.utils
notify(who, "{b}" .. utils:esc(this.name) .. "{/b}")
if this.description ~= "" then notify(who, utils:esc(this.description)) end
local things, people = {}, {}
for _, obj in ipairs(this.contents) do
  if obj ~= who then
    if is_player(obj) then people[#people + 1] = utils:esc(obj.name) else things[#things + 1] = utils:esc(obj.name) end
  end
end
if #things > 0 then notify(who, "You see " .. utils:english_list(things) .. " here.") end
if #people > 0 then notify(who, utils:english_list(people) .. (#people == 1 and " is" or " are") .. " here.") end
local exits = this:exit_names()
if #exits > 0 then notify(who, "Exits: " .. utils:english_list(exits) .. ".") end
