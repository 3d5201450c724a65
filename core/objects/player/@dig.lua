-- @dig <room name>: a new room, nowhere yet.
-- @dig <exit>[,<alias>...][|<return exit>[,<alias>...]] to <room name or #N or $name>: an exit
-- from here to the room (created when it is a new name), and an exit back. Compass directions
-- get their abbreviation as an alias and, without an explicit return exit, the opposite one.
-- Runs with the player's permissions: the player must own the rooms that get exits.
local utils = sys.utils
set_task_perms(player)
local text = argstr:match("^%s*(.-)%s*$")
if text == "" then return notify(player, "Usage: @dig <room name>  or  @dig <exit>[|<return exit>] to <room>") end

local function attempt(f)
  local ok, problem = pcall(f)
  if not ok then notify(player, utils:esc(utils:error_text(problem))) end
  return ok
end

local function new_room(name)
  local room = create(sys.room)
  room.name = name
  notify(player, "Created " .. utils:ref(room) .. ".")
  return room
end

local spec, target = text:match("^(.-)%s+to%s+(.+)$")
if not spec then
  return attempt(function() new_room(text) end)
end

local here = player.location
if not valid(here) or not utils:isa(here, sys.room) then return notify(player, "You can only dig exits from a room.") end

local compass = utils:compass()

-- "north,n" -> { "north", "n" }; a lone compass word, long or short, gets the other form as alias.
local function names_of(part)
  local names = {}
  for name in part:gmatch("[^,]+") do names[#names + 1] = name:match("^%s*(.-)%s*$") end
  if #names == 0 or names[1] == "" then return nil end
  local direction = compass[names[1]:lower()]
  if direction and #names == 1 then names = { direction[1], direction[2] } end
  return names
end

local forward_part, back_part = spec:match("^(.-)|(.*)$")
local forward = names_of(forward_part or spec)
if not forward then return notify(player, "Name the exit, e.g. @dig north to The Kitchen.") end
local back = back_part and names_of(back_part)
local direction = compass[forward[1]:lower()]
if not back_part and direction then back = names_of(direction[3]) end

-- Refuse before creating anything: the rooms that get an exit must let the player change their exits.
if not attempt(function() here.exits = here.exits end) then return end

local function dig_exit(names, from, to)
  local exit = create(sys.exit)
  exit.name = names[1]
  exit.aliases = { table.unpack(names, 2) }
  exit.source, exit.dest = from, to
  exit.oleave_msg = "goes " .. names[1] .. "."
  local exits = from.exits
  exits[#exits + 1] = exit
  from.exits = exits
  notify(player, "Created exit " .. utils:ref(exit) .. " from " .. utils:ref(from) .. " to " .. utils:ref(to) .. ".")
end

attempt(function()
  local dest
  if target:match("^#%-?%d+$") or target:match("^%$") then
    dest = utils:match(player, target)
    if type(dest) == "string" then error(dest, 0) end
    if not utils:isa(dest, sys.room) then error(utils:ref(dest) .. " is not a room.", 0) end
    if back then dest.exits = dest.exits end
  else
    dest = new_room(target)
  end
  dig_exit(forward, here, dest)
  if back then dig_exit(back, dest, here) end
end)
