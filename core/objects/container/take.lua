-- take/get/remove <thing> from <container>: out of the container into the player's hands.
local utils = sys.utils
local where = utils:esc(this.name)
if this.location ~= player and this.location ~= player.location then return notify(player, "I don't see that here.") end
local lower, found = dobjstr:lower(), {}
for _, obj in ipairs(this.contents) do
  local hit = obj.name:lower() == lower
  for _, alias in ipairs(obj.aliases) do hit = hit or alias:lower() == lower end
  if hit then found[#found + 1] = obj end
end
if #found == 0 then return notify(player, "There is no \"" .. utils:esc(dobjstr) .. "\" in " .. where .. ".") end
if #found > 1 then return notify(player, "Which one do you mean?") end
local item = found[1]
move(item, player)
local name = utils:esc(item.name)
notify(player, "You take " .. name .. " from " .. where .. ".")
announce(player.location, utils:esc(player.name) .. " takes " .. name .. " from " .. where .. ".", player)
