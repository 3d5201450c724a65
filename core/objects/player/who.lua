-- who / @who: the players connected now and where they are.
local utils = sys.utils
local people = connected_players()
notify(player, string.format("%-24s %s", "Player", "Location"))
for _, p in ipairs(people) do
  local place = valid(p.location) and p.location.name or "nowhere"
  notify(player, string.format("%-24s %s", utils:esc(p.name), utils:esc(place)))
end
notify(player, #people == 1 and "One player is connected." or #people .. " players are connected.")
