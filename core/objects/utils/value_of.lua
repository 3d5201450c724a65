-- utils:value_of(text) -> ok, value: the value of a Lua expression typed in a builder command
-- (@set, @property), with the MOO shorthands of utils:lua_source. The expression is evaluated
-- with the typing player's permissions, never this verb's owner's. Returns false and a message
-- when it does not compile or fails.
local text = ...
set_task_perms(player)
local chunk, problem = load("return " .. this:lua_source(text), "value", "t", _ENV)
if not chunk then return { false, "That is not a value: " .. this:error_text(problem) } end
local ok, value = pcall(chunk)
if not ok then return { false, this:error_text(value) } end
return { true, value }
