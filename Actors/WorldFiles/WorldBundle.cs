using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// The one-file form of a world tree (docs/world-format.md, "The bundle"): a magic line, then per
/// file a header <c>--- path length sha256</c>, its exact bytes and a newline, then a trailer
/// <c>=== count sha256</c> over everything before it. Reading checks every length and checksum
/// before returning anything, so damage anywhere is found before a single object is written.
/// </summary>
public static class WorldBundle
{
    /// <summary>The first line of every bundle: format name and version.</summary>
    public const string MagicLine = "actormoo-world-bundle 1";

    private const string FileMarker = "--- ";
    private const string TrailerMarker = "=== ";

    /// <summary>Header lines are short; a longer one means the bundle is not what it claims.</summary>
    private const int MaxHeaderLength = 4096;

    /// <summary>Packs <paramref name="files"/>, in their order, into a bundle.</summary>
    public static byte[] Write(WorldFileSet files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var buffer = new MemoryStream();
        WriteAscii(buffer, MagicLine + "\n");
        foreach (var (path, content) in files.Files)
        {
            WriteAscii(buffer, string.Create(CultureInfo.InvariantCulture, $"{FileMarker}{path} {content.Length} {Hex(SHA256.HashData(content))}\n"));
            buffer.Write(content);
            buffer.WriteByte((byte)'\n');
        }
        var digest = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        WriteAscii(buffer, string.Create(CultureInfo.InvariantCulture, $"{TrailerMarker}{files.Count} {Hex(digest)}\n"));
        return buffer.ToArray();
    }

    /// <summary>True when <paramref name="start"/> begins like a bundle (to tell a bundle from other input).</summary>
    public static bool LooksLikeBundle(ReadOnlySpan<byte> start) =>
        start.StartsWith(Encoding.ASCII.GetBytes(MagicLine + "\n"));

    /// <summary>Unpacks a bundle, checking everything first.</summary>
    /// <param name="bundle">The bundle's bytes.</param>
    /// <param name="name">The bundle's name for messages (its file name).</param>
    /// <exception cref="WorldFileException">The bundle is damaged; the message says where and how.</exception>
    public static WorldFileSet Read(ReadOnlySpan<byte> bundle, string name)
    {
        var position = 0;
        var magic = ReadLine(bundle, ref position, name, "the first line");
        if (magic != MagicLine)
            throw new WorldFileException($"{name}: not an ActorMoo world bundle (the first line must be '{MagicLine}').");

        var files = new WorldFileSet();
        while (true)
        {
            var lineStart = position;
            var line = ReadLine(bundle, ref position, name, $"the header after {Describe(files)}");
            if (line.StartsWith(TrailerMarker, StringComparison.Ordinal))
            {
                CheckTrailer(line[TrailerMarker.Length..], bundle[..lineStart], files.Count, name);
                if (position != bundle.Length)
                    throw new WorldFileException($"{name}: {bundle.Length - position} unexpected bytes after the trailer line.");
                return files;
            }
            if (!line.StartsWith(FileMarker, StringComparison.Ordinal))
                throw new WorldFileException($"{name}: expected a '--- path length sha256' header or the '=== count sha256' trailer after {Describe(files)}, found '{Shorten(line)}'.");
            var (path, length, hash) = ParseHeader(line[FileMarker.Length..], name);
            if (length > bundle.Length - position - 1)
                throw new WorldFileException($"{name}: {path} is cut short: its header says {length} bytes, the bundle ends before them (truncated file?).");
            var content = bundle.Slice(position, length);
            if (!Hex(SHA256.HashData(content)).Equals(hash, StringComparison.Ordinal))
                throw new WorldFileException($"{name}: {path} is damaged: its SHA-256 does not match the header.");
            position += length;
            if (bundle[position] != (byte)'\n')
                throw new WorldFileException($"{name}: {path} is not followed by a newline where its header's length says it ends (wrong length?).");
            position++;
            files.Add(path, content.ToArray());
        }
    }

    private static (string Path, int Length, string Hash) ParseHeader(string header, string name)
    {
        // The path is everything before the last two fields; paths never contain spaces.
        var parts = header.Split(' ');
        if (parts.Length != 3
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            || parts[2].Length != 64 || !parts[2].All(char.IsAsciiHexDigitLower))
        {
            throw new WorldFileException($"{name}: the header '--- {Shorten(header)}' is not '--- path length sha256'.");
        }
        if (WorldFileSet.CheckPath(parts[0]) is { } problem) throw new WorldFileException($"{name}: {problem}");
        return (parts[0], length, parts[2]);
    }

    private static void CheckTrailer(string trailer, ReadOnlySpan<byte> covered, int count, string name)
    {
        var parts = trailer.Split(' ');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
            throw new WorldFileException($"{name}: the trailer '=== {Shorten(trailer)}' is not '=== count sha256'.");
        if (expected != count)
            throw new WorldFileException($"{name}: the trailer announces {expected} files, the bundle holds {count}.");
        if (!Hex(SHA256.HashData(covered)).Equals(parts[1], StringComparison.Ordinal))
            throw new WorldFileException($"{name}: the bundle is damaged: its overall SHA-256 does not match the trailer.");
    }

    private static string ReadLine(ReadOnlySpan<byte> bundle, ref int position, string name, string what)
    {
        var rest = bundle[position..];
        var end = rest[..Math.Min(rest.Length, MaxHeaderLength)].IndexOf((byte)'\n');
        if (end < 0)
        {
            throw new WorldFileException(rest.Length < MaxHeaderLength
                ? $"{name}: the bundle ends in {what} (truncated file: the '=== count sha256' trailer is missing)."
                : $"{name}: {what} is not a line of text (damaged file?).");
        }
        position += end + 1;
        var bytes = rest[..end];
        foreach (var b in bytes)
        {
            if (b < 0x20 || b > 0x7e) throw new WorldFileException($"{name}: {what} contains a byte that is not printable ASCII (damaged file?).");
        }
        return Encoding.ASCII.GetString(bytes);
    }

    private static string Describe(WorldFileSet files) =>
        files.Count == 0 ? "the first line" : files.Files[^1].Key;

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static string Hex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);

    private static void WriteAscii(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));
}
