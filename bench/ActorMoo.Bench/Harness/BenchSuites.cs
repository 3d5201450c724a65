namespace ActorMoo.Bench.Harness;

/// <summary>The registry of suites. Add a suite here when you add one under its own folder.</summary>
public static class BenchSuites
{
    /// <summary>Every suite, in the order <c>all</c> runs them.</summary>
    public static IReadOnlyList<IBenchSuite> All { get; } =
    [
        new Runtime.RuntimeSuite(),
        new Persistence.PersistenceSuite(),
        new Scripting.ScriptingSuite(),
        new World.WorldSuite(),
        new World.Commands.WorldCommandsSuite(),
        new Tasks.TasksSuite(),
        new Edge.EdgeSuite(),
    ];

    /// <summary>The suite with that name, or null.</summary>
    public static IBenchSuite? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
