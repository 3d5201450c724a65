namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// The files of a world tree (see docs/world-format.md) as exact bytes, by relative path, in the
/// order they were added: what a bundle packs, a directory holds, the writer produces and the
/// reader parses. Paths use <c>/</c> and are checked by <see cref="CheckPath"/>.
/// </summary>
public sealed class WorldFileSet
{
    /// <summary>The files in order; the map below indexes them by path.</summary>
    private readonly List<KeyValuePair<string, byte[]>> _files = [];

    /// <summary>Every path added, to refuse a second file under the same path.</summary>
    private readonly Dictionary<string, byte[]> _byPath = new(StringComparer.Ordinal);

    /// <summary>The files in the order they were added.</summary>
    public IReadOnlyList<KeyValuePair<string, byte[]>> Files => _files;

    /// <summary>How many files there are.</summary>
    public int Count => _files.Count;

    /// <summary>Adds a file; the set keeps <paramref name="content"/> as given (do not change it afterwards).</summary>
    /// <exception cref="WorldFileException">The path is not allowed or already used.</exception>
    public void Add(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (CheckPath(path) is { } problem) throw new WorldFileException(problem);
        if (!_byPath.TryAdd(path, content)) throw new WorldFileException($"{path}: the file appears twice.");
        _files.Add(new(path, content));
    }

    /// <summary>The content of <paramref name="path"/>, or null when there is no such file.</summary>
    public byte[]? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>
    /// Null when <paramref name="path"/> may name a file of a world tree, otherwise why not: relative,
    /// <c>/</c>-separated, no empty, <c>.</c> or <c>..</c> segments, printable ASCII without spaces or backslashes
    /// (so that bundle headers stay one plain line on every platform).
    /// </summary>
    public static string? CheckPath(string path)
    {
        if (string.IsNullOrEmpty(path)) return "A file path is empty.";
        if (path.Any(c => c is <= ' ' or > '~' or '\\'))
            return $"{path}: a file path may hold only printable ASCII characters other than spaces and backslashes.";
        if (path.Split('/').Any(segment => segment is "" or "." or ".."))
            return $"{path}: a file path must be relative, without empty, '.' or '..' parts.";
        return null;
    }
}
