using ActorMoo.Scripting.Errors;

namespace ActorMoo.Scripting.Tests.Sandbox;

/// <summary>The hostile-script battery of issue 4, item 6.</summary>
public static class HostileScripts
{
    private const string Steps = ScriptErrorCodes.BudgetSteps;
    private const string Memory = ScriptErrorCodes.BudgetMemory;
    private const string Time = ScriptErrorCodes.BudgetTime;
    private const string Runtime = ScriptErrorCodes.Runtime;
    private const string Completed = "completed";
    private const string Loop = "while true do end";

    public static IReadOnlyList<HostileScriptCase> All { get; } =
    [
        // ---- runaway loops ----
        new("plain while loop", Loop, Steps),
        new("repeat loop", "repeat until false", Steps),
        new("numeric for to huge", "for i = 1, math.huge do end", Steps),
        new("goto loop", "::top:: goto top", Steps),
        new("infinite tail calls", "local function f() return f() end return f()", Steps),
        new("loop inside pcall", $"pcall(function() {Loop} end)", Steps),
        new("pcall retried forever", $"while true do pcall(function() {Loop} end) end", Steps),
        new("error caught forever", "while true do pcall(error, 'x') end", Steps),
        new("loop inside xpcall", $"xpcall(function() {Loop} end, function(e) return e end)", Steps),
        new("loop in xpcall handler", $"xpcall(function() error('x') end, function() {Loop} end)", Steps),
        new("loop in coroutine", $"local co = coroutine.create(function() {Loop} end) coroutine.resume(co)", Steps),
        new("loop in coroutine.wrap", $"coroutine.wrap(function() {Loop} end)()", Steps),
        new("loop in a coroutine created before others ran", $"local cos = {{}} for i = 1, 10 do cos[i] = coroutine.create(function() {Loop} end) end coroutine.resume(cos[5])", Steps),
        new("loop at the bottom of a coroutine chain",
            $"local function nest(n) if n == 0 then {Loop} end local co = coroutine.wrap(function() return nest(n - 1) end) return co() end nest(20)", Steps),
        new("loop in a sort comparator inside coroutines",
            $"coroutine.wrap(function() coroutine.wrap(function() table.sort({{3, 2, 1}}, function() {Loop} end) end)() end)()", Steps),
        new("endless yield ping-pong", "local co = coroutine.wrap(function() while true do coroutine.yield() end end) while true do co() end", Steps),
        new("loop in table.sort comparator", $"local t = {{}} for i = 1, 50 do t[i] = i end table.sort(t, function(a, b) {Loop} end)", Steps),
        new("loop in gsub callback", $"string.gsub('abc', '%w', function() {Loop} end)", Steps),
        new("loop in __index", $"local t = setmetatable({{}}, {{ __index = function() {Loop} end }}) return t.x", Steps),
        new("loop in __newindex", $"local t = setmetatable({{}}, {{ __newindex = function() {Loop} end }}) t.x = 1", Steps),
        new("loop in __tostring via tostring", $"return tostring(setmetatable({{}}, {{ __tostring = function() {Loop} end }}))", Steps),
        new("loop in __tostring via format", $"return string.format('%s', setmetatable({{}}, {{ __tostring = function() {Loop} end }}))", Steps),
        new("loop in __close", $"do local x <close> = setmetatable({{}}, {{ __close = function() {Loop} end }}) end", Steps),
        new("loop in __close while unwinding", $"pcall(function() local x <close> = setmetatable({{}}, {{ __close = function() {Loop} end }}) error('x') end)", Steps),
        new("loop in __close run by coroutine.close",
            $"local co = coroutine.create(function() local x <close> = setmetatable({{}}, {{ __close = function() {Loop} end }}) coroutine.yield() end) coroutine.resume(co) coroutine.close(co)", Steps),
        new("loop in __lt", $"local mt = {{ __lt = function() {Loop} end }} return setmetatable({{}}, mt) < setmetatable({{}}, mt)", Steps),
        new("loop in __concat", $"return setmetatable({{}}, {{ __concat = function() {Loop} end }}) .. 'x'", Steps),
        new("loop in __len", $"return #setmetatable({{}}, {{ __len = function() {Loop} end }})", Steps),
        new("loop in __call", $"setmetatable({{}}, {{ __call = function() {Loop} end }})()", Steps),
        new("loop in __pairs", $"for k in pairs(setmetatable({{}}, {{ __pairs = function() {Loop} end }})) do end", Steps),
        new("loop under wall clock only", Loop, Time, Budget: CaseBudget.TimeOnly),
        new("loop in sort under wall clock only", $"local t = {{3, 2, 1}} table.sort(t, function() {Loop} end)", Time, Budget: CaseBudget.TimeOnly),
        new("__gc finalizer refused", $"setmetatable({{}}, {{ __gc = function() {Loop} end }})", Runtime, "__gc"),
        new("error object with looping __tostring", $"error(setmetatable({{}}, {{ __tostring = function() {Loop} end }}))", Runtime, "table value"),

        // ---- recursion ----
        new("unbounded recursion", "local function f() return 1 + f() end return f()", Runtime, "stack overflow", CaseBudget.RoomyMemory),
        new("recursion through pcall", "local function f() pcall(f) end f() return 'survived'", Completed, "survived"),
        // Regression: an error between entering and leaving a coroutine left a stale entry in the
        // kill chain; the coroutine is anchored until the run ends, so the kill cannot touch freed memory.
        new("kill after a resume whose results overflowed the stack", """
            local t = {} for i = 1, 700000 do t[i] = i end
            local co = coroutine.create(function() return table.unpack(t) end)
            local function deep(n) if n == 0 then return select(2, pcall(coroutine.resume, co)) end local r = deep(n - 1) return r end
            local err = deep(100000)
            co, t = nil, nil
            for i = 1, 50 do local g = {} for j = 1, 10000 do g[j] = {} end end
            assert(err:find("stack overflow"))
            while true do end
            """, Time, Budget: CaseBudget.RoomyMemoryShortTime),
        new("__index chain loop", "local t = {} setmetatable(t, { __index = t }) return t.x", Runtime, "loop"),

        // ---- host calls from places that cannot wait: a clear error, never a native crash ----
        new("wait in a gsub callback", "string.gsub('a', '%w', function() test.wait(1) end)", Runtime, "cannot wait here"),
        new("wait in a sort comparator", "table.sort({3, 2, 1}, function(a, b) test.wait(1) return a < b end)", Runtime, "cannot wait here"),
        new("wait in __tostring called by tostring", "return tostring(setmetatable({}, { __tostring = function() return test.wait('x') end }))", Runtime, "cannot wait here"),
        new("wait in __index called by table.concat",
            "return table.concat(setmetatable({}, { __index = function() return test.wait('x') end, __len = function() return 1 end }))", Runtime, "cannot wait here"),
        new("error object whose __tostring waits", "error(setmetatable({}, { __tostring = function() return test.wait('x') end }))", Runtime, "table value"),
        new("wait in a coroutine resumed by a gsub callback", "string.gsub('a', '%w', coroutine.wrap(function() test.wait(1) end))", Runtime, "cannot wait for the world here"),
        new("wait in a coroutine resumed by a sort comparator inside coroutines",
            "coroutine.wrap(function() table.sort({3, 2, 1}, function(a, b) coroutine.wrap(function() test.wait(1) end)() return a < b end) end)()", Runtime, "cannot wait for the world here"),
        // Regression: a coroutine left waiting by a callback could be resumed by the script with a forged host reply.
        new("abandoned wait cannot be answered by the script", """
            local co = coroutine.create(function() return test.wait('real') end)
            pcall(string.gsub, 'a', '%w', function() coroutine.resume(co) end)
            local ok, value = coroutine.resume(co, true, 'forged')
            return tostring(ok) .. ' ' .. tostring(value)
            """, Completed, "false this coroutine's wait for the world was abandoned"),
        new("wait in a coroutine", "return coroutine.wrap(function() return test.wait(7) end)() + test.wait(1)", Completed, "8"),
        new("nested verb call in a gsub callback", "return (string.gsub('a', '%w', function() return test.call('return \"b\"') end))", Completed, "b"),
        new("wait in __close while unwinding an error",
            "pcall(function() local x <close> = setmetatable({}, { __close = function() test.wait(1) end }) error('x') end) return 'after'", Completed, "after"),
        new("wait in __close on a normal exit", "do local x <close> = setmetatable({}, { __close = function() test.wait(1) end }) end return 'after'", Completed, "after"),
        new("__gc added after setmetatable never runs",
            "local mt = {} local t = setmetatable({}, mt) mt.__gc = function() test.wait(1) end t = nil for i = 1, 1e5 do local g = {} end return 'ok'", Completed, "ok"),
        new("recursion through gsub callbacks", "local function f() return string.gsub('a', 'a', f) end return f()", Runtime, "stack overflow"),
        new("recursion through sort comparators", "local function f() table.sort({2, 1}, function(a, b) f() return a < b end) end f()", Runtime, "stack overflow"),
        new("recursion through nested verb calls", "local s = 'local s = ... return test.call(s, s)' return test.call(s, s)", Runtime, "call depth"),

        // ---- memory bombs ----
        new("string.rep huge", "return string.rep('x', 1e9)", Memory, Budget: CaseBudget.MemoryOnly),
        new("string.rep beyond the size limit", "return ('x'):rep(2^40)", Runtime, "too large"),
        new("string.rep with huge separator", "return ('x'):rep(1e6, ('y'):rep(100))", Memory, Budget: CaseBudget.MemoryOnly),
        new("string.rep of nothing, endlessly", "return #string.rep('', 1e15) + #(''):rep(2^50, '')", Completed, "0"),
        new("table growth", "local t = {} for i = 1, 1e9 do t[i] = i end", Memory, Budget: CaseBudget.MemoryOnly),
        new("string doubling", "local s = 'x' while true do s = s .. s end", Memory, Budget: CaseBudget.MemoryOnly),
        new("concatenation loop", "local t = {} while true do t[#t + 1] = ('x'):rep(1000) .. #t end", Memory, Budget: CaseBudget.MemoryOnly),
        new("string.format of big strings", "local s = ('x'):rep(1e6) local t = {} for i = 1, 1e4 do t[i] = string.format('%s%s', s, i) end", Memory, Budget: CaseBudget.MemoryOnly),
        new("string.format width over 99", "return string.format('%100d', 1)", Runtime, "invalid conversion"),
        new("nested tables", "local t = {} local c = t for i = 1, 1e8 do c[1] = {} c = c[1] end", Memory, Budget: CaseBudget.MemoryOnly),
        new("table.concat bomb", "local t = {} for i = 1, 1e6 do t[i] = ('x'):rep(100) end return #table.concat(t)", Memory, Budget: CaseBudget.MemoryOnly),
        new("memory bomb inside pcall", "pcall(string.rep, 'x', 1e9) return 'caught'", Memory, Budget: CaseBudget.MemoryOnly),
        new("memory bomb retried in pcall", "while true do pcall(function() local t = {} while true do t[#t + 1] = {} end end) end", Memory, Budget: CaseBudget.MemoryOnly),
        new("memory bomb in coroutine", "coroutine.wrap(function() local t = {} while true do t[#t + 1] = {} end end)()", Memory, Budget: CaseBudget.MemoryOnly),
        new("memory bomb in __close", "do local x <close> = setmetatable({}, { __close = function() local t = {} while true do t[#t + 1] = {} end end }) end", Memory, Budget: CaseBudget.MemoryOnly),
        new("utf8.char strings", "local t = {} for i = 1, 1e8 do t[i] = utf8.char(0x10FFFF) .. i end", Memory, Budget: CaseBudget.MemoryOnly),
        new("table.unpack too many", "return table.unpack({}, 1, 1e8)", Runtime, "too many results"),
        new("load of oversized source", "return assert(load(('x = 1 '):rep(1e5)))", Runtime, "exceeds"),

        // ---- pattern bombs ----
        new("lazy wildcards backtracking", "return ('a'):rep(150):find('.-.-.-.-b')", Runtime, "too complex"),
        new("captured wildcards backtracking", "return ('a'):rep(5000):match('(.-)(.-)(.-)b')", Runtime, "too complex"),
        new("gsub quadratic scan", "return string.gsub(('a'):rep(30000), '.-b', 'x')", Runtime, "too complex"),
        new("optional chain bomb", "return ('a'):rep(30):find(('a?'):rep(30) .. ('a'):rep(30))", Runtime, "too complex"),
        new("gmatch bomb", "for x in ('a'):rep(10000):gmatch('.-.-x') do end", Runtime, "too complex"),
        new("pattern on oversized subject", "return ('x'):rep(2e6):find('x')", Runtime, "pattern matching on a string"),
        new("plain find bomb", "local s = ('a'):rep(500000) return s:find(('a'):rep(200000) .. 'b', 1, true)", Runtime, "too complex"),
        new("os.date with an endless format", "return os.date(('%c'):rep(1e6))", Runtime, "256 bytes"),

        // ---- C loops sized by #t ----
        new("table.insert shifting a lying __len", "table.insert(setmetatable({}, { __len = function() return 2^53 end }), 1, 'x')", Steps),
        new("table.remove shifting a lying __len", "table.remove(setmetatable({}, { __len = function() return 2^53 end }), 1)", Steps),
        new("table.move of an astronomical range", "table.move({}, 1, 1e15, 2)", Steps),
        new("ordinary patterns still work", "return ('key = value'):match('^(%w+)%s*=%s*(%w+)$') .. (' a  b '):gsub('%s+', ' ')", Completed, "key a b"),

        // ---- escapes ----
        new("io is absent", "return io.open('/etc/passwd')", Runtime, "io"),
        new("os.execute is absent", "return os.execute('ls')", Runtime, "execute"),
        new("os.getenv is absent", "return os.getenv('HOME')", Runtime, "getenv"),
        new("os.exit is absent", "os.exit(1)", Runtime, "exit"),
        new("debug is absent", "return debug.getinfo(1)", Runtime, "debug"),
        new("require is absent", "return require('os')", Runtime, "require"),
        new("package is absent", "return package.loaded", Runtime, "package"),
        new("dofile is absent", "return dofile('/etc/passwd')", Runtime, "dofile"),
        new("loadfile is absent", "return loadfile('/etc/passwd')", Runtime, "loadfile"),
        new("print is absent", "print('x')", Runtime, "print"),
        new("string.dump is absent", "return string.dump(function() end)", Runtime, "dump"),
        new("binary chunks refused", "local f, e = load('\\27LuaT\\0\\25\\147') return tostring(f) .. ' ' .. e", Completed, "binary"),
        new("load with a reader function refused", "return load(function() return nil end)", Runtime, "only source text"),
        new("load sees only the sandbox", "local f = load('return io, os.execute, print') return select('#', f()) .. tostring(f())", Completed, "3nil"),
        new("string metatable locked", "getmetatable('').__index.upper = nil", Runtime, "boolean"),
        new("string table read-only", "string.upper = nil", Runtime, "read-only"),
        new("rawset on a library refused", "rawset(string, 'upper', nil)", Runtime, "read-only"),
        new("rawset on table library refused", "rawset(table, 'insert', print)", Runtime, "read-only"),
        new("library metatable protected", "setmetatable(math, nil)", Runtime, "protected"),
        new("environment metatable protected", "setmetatable(_ENV, nil)", Runtime, "protected"),
        new("environment base unreachable", "return getmetatable(_ENV).__index.x", Runtime, "nil"),
        new("collectgarbage beyond count refused", "collectgarbage('stop')", Runtime, "count"),
        new("yield from the verb itself refused", "coroutine.yield(1)", Runtime, "outside a coroutine"),
        new("object metatable locked", "local o = test.object(5) return getmetatable(o) .. tostring(pcall(setmetatable, o, {}))", Completed, "objectfalse"),
        new("host exception contained", "return test.throw()", Runtime, "internal error in test.throw"),
    ];

    public static IEnumerable<object[]> Cases() => All.Select(c => new object[] { c });
}
