-- utils:compass() -> the compass directions: every word (north and n alike) maps to
-- {long, short, opposite long}, for huh, help and @dig.
local pairs_of = {
  { "north", "n", "south" }, { "south", "s", "north" }, { "east", "e", "west" }, { "west", "w", "east" },
  { "northeast", "ne", "southwest" }, { "southwest", "sw", "northeast" },
  { "northwest", "nw", "southeast" }, { "southeast", "se", "northwest" },
  { "up", "u", "down" }, { "down", "d", "up" },
}
local compass = {}
for _, d in ipairs(pairs_of) do
  compass[d[1]] = d
  compass[d[2]] = d
end
return compass
