namespace ActorMoo.Actors.Tests.Transcripts;

/// <summary>Where the repository's transcript files are, found from the test's output folder (so that ACTORMOO_UPDATE_TRANSCRIPTS can rewrite them).</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root: the first folder above the test binaries that holds ActorMoo.sln.</summary>
    public static string Repository => Root.Value;

    /// <summary>The transcript files.</summary>
    public static string TranscriptCases => Path.Combine(Repository, "tests", "ActorMoo.Actors.Tests", "Transcripts", "cases");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ActorMoo.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No ActorMoo.sln above {AppContext.BaseDirectory}: run the tests from inside the repository.");
    }
}
