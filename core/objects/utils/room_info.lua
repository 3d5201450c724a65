-- utils:room_info(room) -> the room as GMCP Room.Info describes it (the IRE/Mudlet convention): its
-- number, name, area (its `area` property) and exits as exit name -> destination number.
local room = ...
local function number(obj) return tonumber(tostring(obj):sub(2)) end
local exits = {}
for _, exit in ipairs(room.exits) do
  if valid(exit) and valid(exit.dest) then exits[exit.name] = number(exit.dest) end
end
return {num = number(room), name = room.name, area = room.area, exits = exits}
