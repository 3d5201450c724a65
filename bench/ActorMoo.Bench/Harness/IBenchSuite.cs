namespace ActorMoo.Bench.Harness;

/// <summary>A named group of measurements, run by <c>ActorMoo.Bench &lt;name&gt;</c>.</summary>
public interface IBenchSuite
{
    /// <summary>The suite name on the command line: runtime, persistence, scripting, world, edge.</summary>
    string Name { get; }

    /// <summary>Runs every measurement of the suite and reports each through <paramref name="context"/>.</summary>
    Task RunAsync(BenchContext context);
}
