-- utils:english_list(words[, empty]) -> "a", "a and b", "a, b and c"; `empty` (default
-- "nothing") when the list is empty.
local words, empty = ...
local n = #words
if n == 0 then return empty or "nothing" end
if n == 1 then return words[1] end
return table.concat(words, ", ", 1, n - 1) .. " and " .. words[n]
