-- utils:help_text(obj, names) -> the help text of the verb `names` defined on `obj`: the leading
-- --[[help ... ]] comment of its code (docs/world-format.md), or nil when it has none.
local obj, names = ...
local first = (names:match("^(%S+)"):gsub("%*", ""))
local code = verb_code(obj, first)
local level = code:match("^%-%-%[(=*)%[help\n")
if not level then return nil end
local start = #level + 10
local stop = code:find("]" .. level .. "]", start, true)
if not stop then return nil end
return (code:sub(start, stop - 1):gsub("\n$", ""))
