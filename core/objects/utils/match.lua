-- utils:match(who, text) -> the object `text` names for `who`, or a sentence saying why none:
-- "me", "here", "#12", "$room", or the name or alias of something `who` carries, something in
-- the room, or an exit of the room. An exact name beats the start of a name.
local who, text = ...
text = text:match("^%s*(.-)%s*$")
if text == "" then return "You need to name an object." end
local lower = text:lower()
if lower == "me" then return who end
if lower == "here" then
  if valid(who.location) then return who.location end
  return "You are nowhere."
end
local number = text:match("^#(%-?%d+)$")
if number then
  local obj = toobj(math.tointeger(tonumber(number)))
  if valid(obj) then return obj end
  return "There is no object " .. text .. "."
end
local name = text:match("^%$([%a_][%w_]*)$")
if name then
  local ok, obj = pcall(function() return sys[name] end)
  if ok and valid(obj) then return obj end
  return "There is no $" .. this:esc(name) .. "."
end

local candidates = {}
for _, obj in ipairs(who.contents) do candidates[#candidates + 1] = obj end
local room = who.location
if valid(room) then
  for _, obj in ipairs(room.contents) do candidates[#candidates + 1] = obj end
  local ok, exits = pcall(function() return room.exits end)
  if ok and type(exits) == "table" then
    for _, exit in ipairs(exits) do
      if valid(exit) then candidates[#candidates + 1] = exit end
    end
  end
end

local exact, partial = {}, {}
for _, obj in ipairs(candidates) do
  local best
  local names = { obj.name }
  for _, alias in ipairs(obj.aliases) do names[#names + 1] = alias end
  for _, n in ipairs(names) do
    n = n:lower()
    if n == lower then best = "exact" break end
    if n:sub(1, #lower) == lower then best = "partial" end
  end
  if best == "exact" then exact[#exact + 1] = obj elseif best == "partial" then partial[#partial + 1] = obj end
end
local found = #exact > 0 and exact or partial
if #found == 1 then return found[1] end
if #found > 1 then return "Which one do you mean?" end
return "I don't see that here."
