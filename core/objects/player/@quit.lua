-- @quit / QUIT: ends the player's connection. The session layer answers these two words itself
-- (so that a broken world can always be left); this verb serves front ends that pass every line
-- to the world, and carries the command's help.
notify(player, "*** Disconnected ***")
boot_player(player)
