-- put/insert <thing> in <container>: only containers (children of $container) take things.
local utils = sys.utils
local name = utils:esc(this.name)
if this.location ~= player and this.location ~= player.location then return notify(player, "I don't see that here.") end
local container = utils:match(player, iobjstr)
if type(container) == "string" then return notify(player, container) end
local where = utils:esc(container.name)
if not utils:isa(container, sys.container) then return notify(player, "You can't put things in " .. where .. ".") end
local place = container
while valid(place) do
  if place == this then return notify(player, "You can't put " .. name .. " inside itself.") end
  place = place.location
end
move(this, container)
notify(player, "You put " .. name .. " in " .. where .. ".")
announce(player.location, utils:esc(player.name) .. " puts " .. name .. " in " .. where .. ".", player)
