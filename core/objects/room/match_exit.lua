-- room:match_exit(word) -> the exit of this room called `word` (its name or an alias, ignoring
-- case), or nil.
local word = (...):lower()
for _, exit in ipairs(this.exits) do
  if valid(exit) then
    if exit.name:lower() == word then return exit end
    for _, alias in ipairs(exit.aliases) do
      if alias:lower() == word then return exit end
    end
  end
end
return nil
