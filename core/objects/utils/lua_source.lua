-- utils:lua_source(text) -> `text` with the MOO shorthands programmers type turned into Lua:
-- "#12" becomes toobj(12) and "$room" becomes sys.room. Strings and comments are left alone.
local text = ...
local out, i, n = {}, 1, #text
while i <= n do
  local c = text:sub(i, i)
  local long = text:match("^%[(=*)%[", i) or (text:sub(i, i + 1) == "--" and text:match("^%-%-%[(=*)%[", i))
  if long then
    -- a long string or long comment: copy through its closing bracket
    local close = "]" .. long .. "]"
    local _, stop = text:find(close, i + 2, true)
    stop = stop or n
    out[#out + 1] = text:sub(i, stop)
    i = stop + 1
  elseif text:sub(i, i + 1) == "--" then
    local stop = text:find("\n", i, true) or n
    out[#out + 1] = text:sub(i, stop)
    i = stop + 1
  elseif c == '"' or c == "'" then
    local j = i + 1
    while j <= n do
      local d = text:sub(j, j)
      if d == "\\" then j = j + 1 elseif d == c then break end
      j = j + 1
    end
    out[#out + 1] = text:sub(i, j)
    i = j + 1
  elseif c == "#" and text:match("^#%-?%d", i) then
    local number = text:match("^#(%-?%d+)", i)
    out[#out + 1] = "toobj(" .. number .. ")"
    i = i + 1 + #number
  elseif c == "$" and text:match("^%$[%a_]", i) then
    local name = text:match("^%$([%a_][%w_]*)", i)
    out[#out + 1] = "sys." .. name
    i = i + 1 + #name
  else
    local stop = text:find("[%[%-\"'#%$]", i + 1) or n + 1
    out[#out + 1] = text:sub(i, stop - 1)
    i = stop
  end
end
return table.concat(out)
