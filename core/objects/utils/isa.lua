-- utils:isa(obj, class) -> true when `class` is `obj` or one of its ancestors.
local obj, class = ...
local seen = {}
local function walk(o)
  if o == class then return true end
  if seen[o] then return false end
  seen[o] = true
  for _, parent in ipairs(parents(o)) do
    if walk(parent) then return true end
  end
  return false
end
return valid(obj) and walk(obj)
