-- Guards for library functions written in C, which the VM hook cannot interrupt (trap 7):
-- their input is bounded, or they are rewritten in Lua so the step budget applies. Trusted code,
-- run once per state by sandbox.lua before the libraries are frozen; it changes the real
-- library tables (which the string metatable also uses for method calls).
local pattern_guard = ...

local type, error, select, tostring = type, error, select, tostring

local native_rep, native_find, native_match = string.rep, string.find, string.match
local native_gmatch, native_gsub = string.gmatch, string.gsub

string.dump = nil
-- rep allocates its whole result first, so the memory budget bounds it; the one case it does
-- not bound is an empty result, which native rep still builds by looping n times.
string.rep = function(s, n, sep)
  if s == "" and (sep == nil or sep == "") then return "" end
  return native_rep(s, n, sep)
end

local function guard(s, p, init, plain)
  if type(s) == "number" then s = tostring(s) end
  if type(p) == "number" then p = tostring(p) end
  if type(s) == "string" and type(p) == "string" then
    local ok, message = pattern_guard(s, p, init, plain)
    if not ok then error(message, 3) end
  end
  return s, p
end

string.find = function(s, p, init, plain)
  s, p = guard(s, p, init, plain)
  return native_find(s, p, init, plain)
end
string.match = function(s, p, init)
  s, p = guard(s, p, init, false)
  return native_match(s, p, init)
end
string.gmatch = function(s, p, init)
  s, p = guard(s, p, init, false)
  return native_gmatch(s, p, init)
end
string.gsub = function(s, p, repl, n)
  s, p = guard(s, p, 1, false)
  return native_gsub(s, p, repl, n)
end

-- table.insert (with a position), table.remove and table.move shift elements in a C loop whose
-- length comes from #t, which __len or a sparse table can make astronomically large while no
-- memory is allocated: written in Lua, the same loops stay under the step budget.
local tointeger = math.tointeger

local function position(value, argument, name)
  local n = tointeger(value)
  if n == nil then
    error("bad argument #" .. argument .. " to '" .. name .. "' (number has no integer representation)", 3)
  end
  return n
end

table.insert = function(t, ...)
  local count = select("#", ...)
  local e = #t + 1
  if count == 1 then
    t[e] = ...
    return
  end
  if count ~= 2 then error("wrong number of arguments to 'insert'", 2) end
  local pos, value = ...
  pos = position(pos, 2, "insert")
  if pos < 1 or pos > e then error("bad argument #2 to 'insert' (position out of bounds)", 2) end
  for i = e, pos + 1, -1 do t[i] = t[i - 1] end
  t[pos] = value
end

table.remove = function(t, pos)
  local size = #t
  pos = pos == nil and size or position(pos, 2, "remove")
  if pos ~= size and (pos < 1 or pos > size + 1) then
    error("bad argument #2 to 'remove' (position out of bounds)", 2)
  end
  local value = t[pos]
  while pos < size do
    t[pos] = t[pos + 1]
    pos = pos + 1
  end
  t[pos] = nil
  return value
end

table.move = function(a1, f, e, t, a2)
  a2 = a2 == nil and a1 or a2
  f, e, t = position(f, 2, "move"), position(e, 3, "move"), position(t, 4, "move")
  if e >= f then
    if t > e or t <= f or a1 ~= a2 then
      for i = 0, e - f do a2[t + i] = a1[f + i] end
    else
      for i = e - f, 0, -1 do a2[t + i] = a1[f + i] end
    end
  end
  return a2
end

-- os.date runs one strftime per conversion in C: bound the format.
local native_date = os.date
os.date = function(format, time)
  if type(format) == "string" and #format > 256 then error("os.date: format longer than 256 bytes", 2) end
  return native_date(format, time)
end
