-- eval / ;<code>: runs Lua typed by a programmer with the programmer's own permissions and shows
-- the value. An expression is tried first (;1 + 1), then a chunk of statements (;x = 1 return x).
-- An error that nothing catches ends the command like any verb error: nothing it did remains.
local utils = sys.utils
if not player.programmer then return notify(player, "Only programmers can evaluate code.") end
set_task_perms(player)
local source = utils:lua_source(argstr)
local env = setmetatable({ me = player, here = player.location }, { __index = _ENV })
local chunk = load("return " .. source, "eval", "t", env)
local problem
if not chunk then chunk, problem = load(source, "eval", "t", env) end
if not chunk then return notify(player, utils:esc(problem)) end
local results = table.pack(chunk())
local shown = {}
for i = 1, results.n do
  local value = results[i]
  local ok, text = pcall(function() return utils:literal(value) end)
  shown[i] = ok and text or tostring(value)
end
notify(player, "=> " .. utils:esc(results.n == 0 and "nil" or table.concat(shown, ", ")))
