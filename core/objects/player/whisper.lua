-- whisper <text> to <player>: only the two of them hear it. The line is split at its last
-- " to " by hand: the parser would split "the password is swordfish to Bob" at "is".
local utils = sys.utils
local text, name = argstr:match("^%s*(.-)%s+to%s+(.-)%s*$")
if not text or text == "" or name == "" then return notify(player, "Usage: whisper <text> to <player>") end
local listener = utils:match(player, name)
if type(listener) == "string" then return notify(player, listener) end
if not is_player(listener) or listener.location ~= player.location or listener == player then
  return notify(player, "You can only whisper to someone else in the same room.")
end
local escaped = utils:esc(text)
notify(player, 'You whisper, "' .. escaped .. '" to ' .. utils:esc(listener.name) .. ".")
notify(listener, utils:esc(player.name) .. ' whispers, "' .. escaped .. '"')
utils:channel_text(player, "whisper", player, 'You whisper, "' .. text .. '" to ' .. listener.name .. ".")
utils:channel_text(listener, "whisper", player, player.name .. ' whispers, "' .. text .. '"')
