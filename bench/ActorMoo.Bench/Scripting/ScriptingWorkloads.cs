namespace ActorMoo.Bench.Scripting;

/// <summary>The CPU-bound Lua scripts of issue 4, identical for every engine compared.</summary>
internal static class ScriptingWorkloads
{
    public const string Fib = """
        local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
        return fib(27)
        """;

    public const string Loop = """
        local x = 0
        for i = 1, 10000000 do x = x + i end
        return x
        """;

    public const string Strings = """
        local parts = {}
        for i = 1, 100000 do
          parts[#parts + 1] = string.format("%d:%s", i, ("x"):rep(i % 10)) .. string.upper("ab")
        end
        local s = table.concat(parts, ",")
        return #s
        """;

    /// <summary>Name and source of each workload.</summary>
    public static IReadOnlyList<(string Name, string Source)> All { get; } =
        [("fib27", Fib), ("loop10m", Loop), ("strings", Strings)];
}
