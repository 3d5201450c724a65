-- help [<command>]: the list of commands this player can use here, or one command's help text,
-- read from the leading help comment of the verb that implements it (utils:help_text).
local utils = sys.utils
local topic = argstr:match("^%s*(.-)%s*$"):lower()
local shortcuts = { [";"] = "eval", ['"'] = "say", [":"] = "emote" }
topic = shortcuts[topic] or topic
local room = player.location
if utils:compass()[topic] or (valid(room) and room:match_exit(topic)) then topic = "go" end

-- Where the commands come from: the player, the room, the kinds of things found in rooms, and
-- the things the player carries or sees (a builder's new command has its help there), but not
-- the other players here, whose commands are theirs.
local sources = { player }
if valid(room) then sources[#sources + 1] = room end
for _, class in ipairs({ sys.thing, sys.container, sys.exit }) do sources[#sources + 1] = class end
for _, obj in ipairs(player.contents) do sources[#sources + 1] = obj end
if valid(room) then
  for _, obj in ipairs(room.contents) do
    if not is_player(obj) then sources[#sources + 1] = obj end
  end
end

local entries, seen = {}, {}
local function collect(obj)
  if seen[obj] or not valid(obj) then return end
  seen[obj] = true
  for _, names in ipairs(verbs(obj)) do
    local text = utils:help_text(obj, names)
    if text then entries[#entries + 1] = { names = names, text = text } end
  end
  for _, parent in ipairs(parents(obj)) do collect(parent) end
end
for _, obj in ipairs(sources) do collect(obj) end

if topic ~= "" then
  for _, entry in ipairs(entries) do
    if utils:names_match(entry.names, topic) or utils:names_match(entry.names, "@" .. topic) then
      for line in (entry.text .. "\n"):gmatch("(.-)\n") do notify(player, utils:esc(line)) end
      return
    end
  end
  return notify(player, 'There is no help on "' .. utils:esc(topic) .. '". Type help for the list of commands.')
end

local names = {}
for _, entry in ipairs(entries) do
  local first = entry.names:match("^(%S+)"):gsub("%*", "")
  if not seen[first] then seen[first] = true names[#names + 1] = first end
end
table.sort(names, function(a, b)
  local x, y = a:gsub("^@", "~"), b:gsub("^@", "~")
  return x < y
end)
notify(player, "Commands (type help <command> for more):")
local line = ""
for _, name in ipairs(names) do
  if #line + #name + 2 > 72 then notify(player, "  " .. line) line = "" end
  line = line == "" and name or line .. ", " .. name
end
if line ~= "" then notify(player, "  " .. line) end
