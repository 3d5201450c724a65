-- utils:literal(value) -> the value written the way a programmer would type it: strings quoted,
-- objects as #12, lists as {1, 2}, maps as {["key"] = value} with keys in sorted order.
local value = ...
local function quote(s)
  return '"' .. s:gsub('[\\"]', "\\%0"):gsub("\n", "\\n"):gsub("\r", "\\r"):gsub("\t", "\\t") .. '"'
end
local function literal(v, depth)
  local t = type(v)
  if t == "string" then return quote(v) end
  if t ~= "table" then return tostring(v) end
  if depth > 8 then return "{...}" end
  local count = 0
  for _ in pairs(v) do count = count + 1 end
  local parts = {}
  if count == #v then
    for i = 1, #v do parts[i] = literal(v[i], depth + 1) end
  else
    for k, item in pairs(v) do
      parts[#parts + 1] = "[" .. literal(k, depth + 1) .. "] = " .. literal(item, depth + 1)
    end
    table.sort(parts)
  end
  return "{" .. table.concat(parts, ", ") .. "}"
end
return literal(value, 0)
