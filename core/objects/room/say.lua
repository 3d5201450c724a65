-- say / ": the speaker's own line, then the room's.
local utils = sys.utils
if argstr == "" then return notify(player, "What do you want to say?") end
local text = utils:esc(argstr)
notify(player, 'You say, "' .. text .. '"')
announce(this, utils:esc(player.name) .. ' says, "' .. text .. '"', player)
utils:channel_text(player, "say", player, 'You say, "' .. argstr .. '"')
utils:channel_text(this, "say", player, player.name .. ' says, "' .. argstr .. '"', player)
