-- @password <old> <new>: the account layer checks the old password and the rules for the new
-- one, and changes it only if this task commits. A refusal is told to the player as it is.
if #args ~= 2 then return notify(player, "Usage: @password <old password> <new password>") end
local ok, err = pcall(accounts.set_password, player, args[1], args[2])
if ok then return notify(player, "Password changed.") end
notify(player, sys.utils:esc((tostring(err):gsub("^.-:%d+: ", ""):gsub("^set_password: ", ""))))
