-- utils:channel_text(to, channel, talker, text[, except]) -> sends the GMCP Comm.Channel.Text
-- {channel, talker, text} to `to`: a player, or every player in the room `to` but `except`.
-- `text` is the plain line the listener sees (what the player typed, not escaped). Like notify,
-- nothing reaches a player who is not connected, and a failure never breaks the command.
local to, channel, talker, text, except = ...
pcall(function()
  local message = {channel = channel, talker = talker.name, text = text}
  if is_player(to) then return gmcp(to, "Comm.Channel.Text", message) end
  for _, listener in ipairs(to.contents) do
    if listener ~= except and is_player(listener) then gmcp(listener, "Comm.Channel.Text", message) end
  end
end)
