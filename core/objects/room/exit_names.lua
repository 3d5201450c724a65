-- room:exit_names() -> the names of the room's exits, escaped for markup, in order.
local names = {}
for _, exit in ipairs(this.exits) do
  if valid(exit) then names[#names + 1] = sys.utils:esc(exit.name) end
end
return names
