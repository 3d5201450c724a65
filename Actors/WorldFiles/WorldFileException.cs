namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// A world file (a bundle, a directory or one of its files) is damaged or does not describe a
/// valid world. Thrown before anything is written, so the store is untouched. The message names
/// the file and the check that failed; <see cref="Problems"/> lists every problem found.
/// </summary>
public sealed class WorldFileException : Exception
{
    /// <summary>Creates the exception for one problem.</summary>
    public WorldFileException(string problem)
        : this([problem])
    {
    }

    /// <summary>Creates the exception for one or more problems (the message shows the first ten).</summary>
    public WorldFileException(IReadOnlyList<string> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, each naming its file and what is wrong.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 1) return problems[0];
        var shown = problems.Take(10).Select(p => "  " + p);
        var more = problems.Count > 10 ? [$"  … and {problems.Count - 10} more"] : Array.Empty<string>();
        return string.Join('\n', [$"{problems.Count} problems:", .. shown, .. more]);
    }
}
