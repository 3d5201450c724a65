-- emote / :: one line for everyone in the room, the actor included.
local utils = sys.utils
if argstr == "" then return notify(player, "What do you want to do?") end
local separator = argstr:match("^[',.:;!?]") and "" or " "
local line = utils:esc(player.name) .. separator .. utils:esc(argstr)
notify(player, line)
announce(this, line, player)
utils:channel_text(this, "emote", player, player.name .. separator .. argstr)
