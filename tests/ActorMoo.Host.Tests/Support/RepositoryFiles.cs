namespace ActorMoo.Host.Tests.Support;

/// <summary>Finds files of the repository (hocon/, …) from the test's output directory.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "hocon", "reference.conf")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no hocon/reference.conf above {AppContext.BaseDirectory}");
    }
}
