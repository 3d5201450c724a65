-- page <player> [[with] <text>]: a message to a connected player anywhere in the world.
local utils = sys.utils
local name, text = argstr:match("^%s*(%S+)%s*(.-)%s*$")
if not name then return notify(player, "Usage: page <player> [with] <text>") end
text = text:gsub("^with%s+", "")
local listener = utils:match_player(name)
if type(listener) == "string" then return notify(player, listener) end
local connected = false
for _, p in ipairs(connected_players()) do connected = connected or p == listener end
local them = utils:esc(listener.name)
if not connected then return notify(player, them .. " is not connected.") end
local me = utils:esc(player.name)
if text == "" then
  local room = valid(player.location) and utils:esc(player.location.name) or "nowhere"
  notify(listener, "You sense that " .. me .. " is looking for you in " .. room .. ".")
else
  notify(listener, me .. ' pages, "' .. utils:esc(text) .. '"')
  utils:channel_text(listener, "page", player, player.name .. ' pages, "' .. text .. '"')
end
notify(player, "Your message has been sent to " .. them .. ".")
