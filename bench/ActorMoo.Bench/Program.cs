using ActorMoo.Bench.Harness;

// Entry point: dotnet run -c Release --project bench/ActorMoo.Bench -- <suite> [--quick]
// Each suite prints one JSON object per line (see Harness/BenchReporter.cs).
var quick = args.Contains("--quick");
var names = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
if (names.Length == 0)
{
    Console.Error.WriteLine($"usage: ActorMoo.Bench <suite>... [--quick]   suites: {string.Join(", ", BenchSuites.All.Select(s => s.Name))}, all");
    return 2;
}

var selected = names.Contains("all") ? [.. BenchSuites.All] : names.Select(BenchSuites.Find).ToList();
if (selected.Any(s => s is null))
{
    Console.Error.WriteLine($"unknown suite; known: {string.Join(", ", BenchSuites.All.Select(s => s.Name))}");
    return 2;
}

var reporter = new BenchReporter(Console.Out);
foreach (var suite in selected)
{
    await suite!.RunAsync(new BenchContext(suite.Name, quick, reporter));
}
return 0;
