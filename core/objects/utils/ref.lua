-- utils:ref(obj) -> "brass lamp (#21)", escaped for markup: how builder commands name objects.
local obj = ...
if not valid(obj) then return tostring(obj) end
return this:esc(obj.name) .. " (" .. tostring(obj) .. ")"
