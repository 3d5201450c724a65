-- utils:names_match(names, word) -> true when `word` is one of the verb names in `names`
-- ("l*ook get take"), with LambdaMOO's "*" abbreviations: "l*ook" answers to l, lo, loo and look;
-- "foo*" to anything starting with foo; "*" alone to everything.
local names, word = ...
word = word:lower()
for name in names:lower():gmatch("%S+") do
  local star = name:find("*", 1, true)
  if not star then
    if name == word then return true end
  elseif name == "*" then
    return true
  else
    local prefix, full = name:sub(1, star - 1), name:sub(1, star - 1) .. name:sub(star + 1)
    if star == #name then
      if word:sub(1, #prefix) == prefix then return true end
    elseif #word >= #prefix and full:sub(1, #word) == word then
      return true
    end
  end
end
return false
