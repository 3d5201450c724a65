namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// Reads HOCON files and the files they include. Relative includes are found next to the
/// including file, never relative to the working directory (as the spec requires); an include
/// without an extension loads <c>name.json</c> and <c>name.conf</c> (both, merged, HOCON last).
/// A missing optional include is ignored, a missing <c>required(...)</c> one is an error, and an
/// include cycle is reported instead of recursing forever.
/// </summary>
internal sealed class HoconFileLoader
{
    private readonly List<string> _loadedFiles = [];

    /// <summary>Files currently being parsed, outermost first, to detect include cycles.</summary>
    private readonly List<string> _open = [];

    /// <summary>Every file read so far, in order, as full paths.</summary>
    public IReadOnlyList<string> LoadedFiles => _loadedFiles;

    /// <summary>Parses HOCON text that does not come from a file (an embedded resource, a test string).</summary>
    /// <param name="text">The HOCON text.</param>
    /// <param name="source">A name for messages, such as <c>reference.conf</c>.</param>
    /// <param name="directory">Directory that relative includes are resolved against; <see langword="null"/> forbids them.</param>
    public HoconObject ParseText(string text, string source, string? directory) =>
        HoconParser.Parse(text, source, directory, HoconPath.Root, this);

    /// <summary>Loads a top-level configuration file.</summary>
    /// <returns>The file's root object, or <see langword="null"/> when it is missing and not required.</returns>
    public HoconObject? LoadFile(string path, bool required)
    {
        string fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            return required
                ? throw new HoconException(new HoconOrigin(fullPath, 1, 1), "configuration file not found")
                : null;
        }

        return ParseFile(fullPath, HoconPath.Root, origin: null);
    }

    /// <summary>Resolves an <c>include</c> statement.</summary>
    /// <param name="name">The quoted file name from the statement.</param>
    /// <param name="required">Whether it was <c>include required(...)</c>.</param>
    /// <param name="directory">Directory of the including file.</param>
    /// <param name="prefix">Path of the object holding the statement; the included substitutions are fixed up below it.</param>
    /// <param name="origin">Position of the statement, for errors.</param>
    /// <returns>The merged root objects of the included files, or <see langword="null"/> when none exists.</returns>
    public HoconObject? Include(string name, bool required, string? directory, HoconPath prefix, HoconOrigin origin)
    {
        if (name.Length == 0)
        {
            throw new HoconException(origin, "include needs a file name");
        }

        if (directory is null && !Path.IsPathRooted(name))
        {
            throw new HoconException(origin, $"cannot include \"{name}\" by a relative path: {origin.Source} is not a file; use an absolute path");
        }

        string fullPath = Path.GetFullPath(name, directory ?? "/");
        List<string> candidates = Path.HasExtension(fullPath) ? [fullPath] : [fullPath + ".json", fullPath + ".conf"];
        List<string> existing = candidates.Where(File.Exists).ToList();
        if (existing.Count == 0 && !Path.HasExtension(fullPath) && File.Exists(fullPath))
        {
            existing.Add(fullPath);
        }

        if (existing.Count == 0)
        {
            return required
                ? throw new HoconException(origin, $"required include \"{name}\" not found (looked for {string.Join(", ", candidates)})")
                : null;
        }

        HoconValue? merged = null;
        foreach (string file in existing)
        {
            merged = HoconMerge.Merge(merged, ParseFile(file, prefix, origin));
        }

        return (HoconObject?)merged;
    }

    private HoconObject ParseFile(string fullPath, HoconPath prefix, HoconOrigin? origin)
    {
        if (_open.Contains(fullPath))
        {
            string chain = string.Join(" -> ", _open.Append(fullPath));
            throw new HoconException(origin ?? new HoconOrigin(fullPath, 1, 1), $"include cycle: {chain}");
        }

        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HoconException(origin ?? new HoconOrigin(fullPath, 1, 1), $"cannot read {fullPath}: {e.Message}", e);
        }

        _loadedFiles.Add(fullPath);
        _open.Add(fullPath);
        try
        {
            return HoconParser.Parse(text, fullPath, Path.GetDirectoryName(fullPath), prefix, this);
        }
        finally
        {
            _open.RemoveAt(_open.Count - 1);
        }
    }
}
