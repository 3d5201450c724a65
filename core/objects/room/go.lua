-- go <exit> ...: through each named exit in turn.
if #args == 0 then return notify(player, "Go where?") end
for _, word in ipairs(args) do
  local room = player.location
  local exit = valid(room) and room:match_exit(word)
  if not exit then return notify(player, "You can't go that way.") end
  exit:invoke(player)
end
