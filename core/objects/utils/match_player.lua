-- utils:match_player(name) -> the player called `name` (or whose name starts with it, when only
-- one does), anywhere in the world, or a sentence saying why none.
local name = ...
local lower = name:lower()
if lower == "" then return "You need to name a player." end
local number = name:match("^#(%d+)$")
if number then
  local obj = toobj(math.tointeger(tonumber(number)))
  if valid(obj) and is_player(obj) then return obj end
  return "There is no player " .. name .. "."
end
local partial = {}
for _, p in ipairs(players()) do
  local n = p.name:lower()
  if n == lower then return p end
  if n:sub(1, #lower) == lower then partial[#partial + 1] = p end
end
if #partial == 1 then return partial[1] end
if #partial > 1 then return "Which player do you mean? " .. #partial .. " names start with \"" .. this:esc(name) .. "\"." end
return "There is no player called \"" .. this:esc(name) .. "\"."
