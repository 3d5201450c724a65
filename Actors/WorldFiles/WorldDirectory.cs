namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// The directory form of a world tree: reading one (the starter core in <c>core/</c>, or an
/// export written as a directory) and writing one.
/// </summary>
public static class WorldDirectory
{
    /// <summary>
    /// Reads every file under <paramref name="directory"/>, ordered by path (ordinal), as exact bytes.
    /// Hidden files and directories (names starting with <c>.</c>) are skipped.
    /// </summary>
    /// <exception cref="WorldFileException">The directory does not exist or holds a file whose path is not allowed.</exception>
    public static WorldFileSet Read(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root)) throw new WorldFileException($"{directory}: no such directory.");
        var paths = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.Split('/').Any(segment => segment.StartsWith('.')))
            .Order(StringComparer.Ordinal);
        var files = new WorldFileSet();
        foreach (var path in paths)
            files.Add(path, File.ReadAllBytes(Path.Combine(root, path)));
        return files;
    }

    /// <summary>
    /// Writes <paramref name="files"/> under <paramref name="directory"/>, which must not exist or be
    /// empty (an export never mixes with older files).
    /// </summary>
    /// <exception cref="IOException">The directory is not empty.</exception>
    public static void Write(WorldFileSet files, string directory)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
            throw new IOException($"{directory} is not empty; export into a new or empty directory.");
        foreach (var (path, content) in files.Files)
        {
            var target = Path.Combine(directory, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }
    }
}
