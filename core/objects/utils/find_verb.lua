-- utils:find_verb(obj, word) -> the object that defines the verb `word` finds on `obj` (obj
-- itself or the first ancestor, in inheritance order), and its full names string; or nil.
local obj, word = ...
local seen = {}
local function search(o)
  if seen[o] or not valid(o) then return nil end
  seen[o] = true
  for _, names in ipairs(verbs(o)) do
    if this:names_match(names, word) then return { o, names } end
  end
  for _, parent in ipairs(parents(o)) do
    local found = search(parent)
    if found then return found end
  end
  return nil
end
return search(obj)
