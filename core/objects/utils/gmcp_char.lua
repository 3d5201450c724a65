-- utils:gmcp_char(who) -> sends `who` the GMCP Char.Name and Char.Status (name, room, and title
-- and level when the player has such properties) and Char.Vitals (the `vitals` map, when it
-- holds anything). Sent at login; any failure sends nothing rather than breaking the login.
local who = ...
local function optional(name)
  local ok, value = pcall(function() return who[name] end)
  if ok then return value end
end
pcall(function()
  gmcp(who, "Char.Name", {name = who.name, fullname = who.name})
  local status = {name = who.name, title = optional("title"), level = optional("level")}
  if valid(who.location) then status.room = who.location.name end
  gmcp(who, "Char.Status", status)
  local vitals = optional("vitals")
  if type(vitals) == "table" and next(vitals) ~= nil then gmcp(who, "Char.Vitals", vitals) end
end)
