-- @teleport [<object> to] <place> (also @move): moves an object, or the player, anywhere.
-- The place must accept it and the player must own what moves (wizards excepted).
local utils = sys.utils
set_task_perms(player)
local whattext, wheretext = argstr:match("^%s*(.-)%s+to%s+(.-)%s*$")
if not whattext then whattext, wheretext = "me", argstr end
if wheretext == "" then return notify(player, "Usage: @teleport [<object> to] <place>") end
local what = utils:match(player, whattext)
if type(what) == "string" then return notify(player, what) end
local where = utils:match(player, wheretext)
if type(where) == "string" then return notify(player, where) end
if what.location == where then return notify(player, utils:ref(what) .. " is already there.") end
local from = what.location
local ok, problem = pcall(move, what, where)
if not ok then return notify(player, utils:esc(utils:error_text(problem))) end
if is_player(what) then
  local name = utils:esc(what.name)
  if valid(from) then announce(from, name .. " disappears suddenly.", what) end
  announce(where, name .. " appears suddenly.", what)
end
if what ~= player then notify(player, "Moved " .. utils:ref(what) .. " to " .. utils:ref(where) .. ".") end
