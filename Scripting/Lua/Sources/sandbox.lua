-- The sandbox, built once per Lua state before any user code runs (trusted code).
-- It receives the raw host functions from C#, yields the entry points the engine needs, and is
-- resumed to run the preludes.
-- Nothing defined here is reachable by verbs except through the frozen base environment.
local internal, host_raw, limits, preludes, arities, library_guards = ...

local type, error, select, tostring, next, pcall = type, error, select, tostring, next, pcall
local native_setmetatable, native_getmetatable, rawget = setmetatable, getmetatable, rawget
local native_rawset, native_load, native_collect = rawset, load, collectgarbage
local co_create, co_resume, co_yield, co_running = coroutine.create, coroutine.resume, coroutine.yield, coroutine.running
local co_close, co_isyieldable = coroutine.close, coroutine.isyieldable
local unpack = table.unpack
local enter_coroutine, leave_coroutine = internal.enter_coroutine, internal.leave_coroutine
local enter_call, leave_call = internal.enter_call, internal.leave_call

-- Private sentinel yielded by a host call that waits for an asynchronous reply.
local PENDING = native_setmetatable({}, { __name = "pending", __metatable = false })

-- Tables shared by every run of this state: user code must never change them (no cross-run leaks).
local frozen = {}

local function freeze(real, seen)
  seen = seen or {}
  if frozen[real] then return real end
  if seen[real] then return seen[real] end
  local proxy = {}
  seen[real] = proxy
  for k, v in next, real do
    if type(v) == "table" then native_rawset(real, k, freeze(v, seen)) end
  end
  native_setmetatable(proxy, {
    __index = real,
    __newindex = function() error("attempt to modify a read-only table", 2) end,
    __pairs = function() return next, real, nil end,
    __len = function() return #real end,
    __metatable = "read-only",
  })
  frozen[proxy] = true
  return proxy
end

---------------------------------------------------------------------------------------------
-- Host calls: C# returns (true, value) | (false, message) | (nil) to wait | (1, packed call).
---------------------------------------------------------------------------------------------
local leave_guard = native_setmetatable({}, { __close = function() leave_call() end, __metatable = false })

-- Runs a nested verb in the caller's coroutine, so it shares the caller's budget.
local function nested(packed)
  local ok, message = enter_call()
  if not ok then error(message, 2) end
  local _ <close> = leave_guard
  local fn = packed[1](packed[2])
  return fn(unpack(packed, 4, packed[3] + 3))
end

-- Threads that run verbs: the engine resumes them, and it alone answers their waits.
local verb_threads = native_setmetatable({}, { __mode = "k" })

-- Coroutines whose wait forward (below) is answering right now. A coroutine whose wait could not
-- be passed up (its resumer was inside a library callback, which cannot yield) stays suspended on
-- PENDING, and the script could resume it by hand: the reply it would hand over is a forgery.
local answered = native_setmetatable({}, { __mode = "k" })

-- Waits for the engine's reply to a host call: yields PENDING and returns (ok, value).
local function await_reply()
  local ok, value = co_yield(PENDING)
  local me = co_running()
  if verb_threads[me] then return ok, value end
  if not answered[me] then
    error("this coroutine's wait for the world was abandoned (it was resumed inside a library callback) and cannot go on", 0)
  end
  answered[me] = nil
  return ok, value
end

local settle
settle = function(ok, value)
  if ok == false then error(value, 2) end
  if ok == nil then
    local ok2, result = await_reply()
    if ok2 == true then return result end
    return settle(ok2, result)
  end
  return nested(value)
end

-- Wrappers with fixed parameters where the declaration allows (a vararg call costs more).
local templates = {}
local function wrap(raw, arity)
  if arity < 0 then
    return function(...)
      local ok, value = raw(...)
      if ok == true then return value end
      return settle(ok, value)
    end
  end
  local template = templates[arity]
  if not template then
    local params = {}
    for i = 1, arity do params[i] = "a" .. i end
    params = table.concat(params, ", ")
    template = assert(native_load("local raw, settle = ... return function(" .. params .. ") " ..
      "local ok, value = raw(" .. params .. ") if ok == true then return value end " ..
      "return settle(ok, value) end", "=[sandbox]", "t", {}))
    templates[arity] = template
  end
  return template(raw, settle)
end

local host = {}
for table_name, functions in next, host_raw do
  local wrapped = {}
  for name, raw in next, functions do wrapped[name] = wrap(raw, arities[table_name][name]) end
  host[table_name] = wrapped
end

---------------------------------------------------------------------------------------------
-- Coroutines: the engine tracks the chain of coroutines currently resumed (so a budget kill
-- can reach whichever one is running), waits for host replies are forwarded up the chain to
-- the engine, and wrap does not auto-close (closing runs __close with hooks off after a kill:
-- trap 6).
---------------------------------------------------------------------------------------------
local function leaving(...)
  leave_coroutine()
  return ...
end

local function forward(co, ok, ...)
  if ok and (...) == PENDING then
    leave_coroutine()
    if not co_isyieldable() then
      error("a coroutine cannot wait for the world here (it was resumed inside a callback from the Lua library, such as a table.sort comparator or a string.gsub function)", 0)
    end
    local reply_ok, reply = await_reply()
    enter_coroutine(co)
    answered[co] = true
    return forward(co, co_resume(co, reply_ok, reply))
  end
  return leaving(ok, ...)
end

local function resume(co, ...)
  if not enter_coroutine(co) then return co_resume(co, ...) end
  return forward(co, co_resume(co, ...))
end

local function unwrap(ok, ...)
  if ok then return ... end
  error((...), 0)
end

coroutine.resume = resume
coroutine.wrap = function(f)
  local co = co_create(f)
  return function(...) return unwrap(resume(co, ...)) end
end
coroutine.close = function(co)
  if not enter_coroutine(co) then return co_close(co) end
  return leaving(co_close(co))
end
coroutine.yield = function(...)
  if verb_threads[co_running()] then error("attempt to yield from outside a coroutine", 2) end
  return co_yield(...)
end

library_guards(internal.pattern_guard)

-- The string metatable is shared by the whole state: lock it (trap 9).
native_getmetatable("").__metatable = false

---------------------------------------------------------------------------------------------
-- The base environment, shared (frozen) by every run.
---------------------------------------------------------------------------------------------
local base = {}
for _, name in next, {
  "assert", "error", "ipairs", "next", "pairs", "pcall", "rawequal", "rawget", "rawlen",
  "select", "tonumber", "tostring", "type", "getmetatable", "_VERSION",
} do
  base[name] = _G[name]
end

base.setmetatable = function(t, mt)
  if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
    error("setmetatable: __gc metamethods are not allowed", 2)
  end
  return native_setmetatable(t, mt)
end

base.rawset = function(t, k, v)
  if frozen[t] then error("rawset: attempt to modify a read-only table", 2) end
  return native_rawset(t, k, v)
end

-- A message handler called after the error has been caught, with hooks on (trap 6).
local function xpcall_finish(handler, ok, ...)
  if ok then return true, ... end
  return false, handler((...))
end
base.xpcall = function(f, handler, ...)
  return xpcall_finish(handler, pcall(f, ...))
end

base.collectgarbage = function(option)
  if option == "count" then return native_collect("count") end
  error("collectgarbage: only \"count\" is allowed", 2)
end

local env_meta

base.load = function(chunk, name, mode, env)
  if type(chunk) ~= "string" then error("load: only source text is allowed", 2) end
  if #chunk > limits.max_source_bytes then
    return nil, "load: chunk exceeds " .. limits.max_source_bytes .. " bytes"
  end
  if env == nil then env = native_setmetatable({}, env_meta) end
  name = type(name) == "string" and ("=" .. name) or "=load"
  return native_load(chunk, name, "t", env)
end

base.os = { time = os.time, clock = os.clock, date = os.date, difftime = os.difftime }
base.string, base.table, base.math, base.utf8 = string, table, math, utf8
base.coroutine = coroutine

---------------------------------------------------------------------------------------------
-- Object references: userdata whose behaviour the world defines through a prelude.
---------------------------------------------------------------------------------------------
local object_id = internal.object_id
local object = {}
local object_meta = {
  __name = "object",
  __metatable = "object",
  __tostring = function(o) return "#" .. object_id(o) end,
  __index = function(o, key) error("object " .. tostring(o) .. " has no member '" .. tostring(key) .. "'", 2) end,
  __newindex = function(o, key) error("cannot set '" .. tostring(key) .. "' on object " .. tostring(o), 2) end,
}

env_meta = { __index = base, __metatable = "sandbox" }

local function runner(factory, env, ...)
  return factory(env)(...)
end

-- The engine takes its registry refs now, before any prelude runs: a prelude may already make
-- object references (new_object) or run coroutines, and those read the refs natively.
co_yield({
  runner = runner,
  env_meta = env_meta,
  pending = PENDING,
  object_meta = object_meta,
  object_cache = native_setmetatable({}, { __mode = "v" }),
  verb_threads = verb_threads,
})

local api = {
  host = host, raw = host_raw, globals = base, object = object, settle = settle,
  new_object = internal.new_object, object_id = object_id, pending = PENDING,
}
-- Preludes run at setup, outside any verb: they cannot yield, and host calls fail (no run).
verb_threads[co_running()] = true
for _, prelude in next, preludes do
  local fn = assert(native_load(prelude.source, "=" .. prelude.name, "t", _G))
  fn(api)
end
verb_threads[co_running()] = nil

for key, value in next, object do
  if key ~= "__gc" and key ~= "__metatable" and key ~= "__mode" then object_meta[key] = value end
end
for name, wrapped in next, host do
  if base[name] == nil then base[name] = wrapped end
end

for key, value in next, base do
  if type(value) == "table" then base[key] = freeze(value) end
end

