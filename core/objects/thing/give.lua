-- give/hand <thing> to <player>: the thing changes hands; the room sees it happen.
local utils = sys.utils
local name = utils:esc(this.name)
if this.location ~= player then return notify(player, "You don't have " .. name .. ".") end
local recipient = utils:match(player, iobjstr)
if type(recipient) == "string" then return notify(player, recipient) end
if recipient == player then return notify(player, "You already have " .. name .. ".") end
if not is_player(recipient) or recipient.location ~= player.location then
  return notify(player, "You can only give things to someone here.")
end
move(this, recipient)
local giver, taker = utils:esc(player.name), utils:esc(recipient.name)
notify(player, "You give " .. name .. " to " .. taker .. ".")
notify(recipient, giver .. " gives you " .. name .. ".")
announce(player.location, giver .. " gives " .. name .. " to " .. taker .. ".", player, recipient)
