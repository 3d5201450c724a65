using System.Text;

namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// A path through the object tree, such as <c>actormoo.network.bind</c>: the elements of a key
/// or substitution path expression. Dots inside quoted strings do not split (<c>a."b.c"</c> has
/// two elements); an empty element must be quoted (<c>a."".b</c>), so <c>a..b</c> is an error.
/// </summary>
public sealed class HoconPath : IEquatable<HoconPath>
{
    private readonly string[] _segments;

    private HoconPath(string[] segments) => _segments = segments;

    /// <summary>The empty path: the root object.</summary>
    public static HoconPath Root { get; } = new([]);

    /// <summary>The path's elements, outermost first.</summary>
    public IReadOnlyList<string> Segments => _segments;

    /// <summary>The number of elements.</summary>
    public int Count => _segments.Length;

    /// <summary>Creates a path from its elements (no parsing: dots are kept inside elements).</summary>
    public static HoconPath Of(params string[] segments) => new([.. segments]);

    /// <summary>Parses a path expression such as <c>actormoo.storage.data-dir</c> or <c>a."b.c"</c>.</summary>
    /// <exception cref="HoconException">The expression is empty or malformed.</exception>
    public static HoconPath Parse(string expression)
    {
        var origin = new HoconOrigin("path expression", 1, 1);
        List<HoconToken> tokens = HoconTokenizer.Tokenize(expression, origin.Source);
        tokens.RemoveAt(tokens.Count - 1);
        foreach (HoconToken token in tokens)
        {
            if (!token.IsPathPart)
            {
                throw new HoconException(token.Origin, $"{token.Describe()} is not allowed in a path expression");
            }
        }

        return FromTokens(tokens, origin);
    }

    /// <summary>Builds a path from key or substitution tokens; leading and trailing whitespace is dropped.</summary>
    internal static HoconPath FromTokens(IReadOnlyList<HoconToken> tokens, HoconOrigin origin)
    {
        int first = 0;
        int last = tokens.Count - 1;
        while (first <= last && tokens[first].Kind == HoconTokenKind.Whitespace)
        {
            first++;
        }

        while (last >= first && tokens[last].Kind == HoconTokenKind.Whitespace)
        {
            last--;
        }

        if (first > last)
        {
            throw new HoconException(origin, "expected a path expression (a key such as a.b.c)");
        }

        var segments = new List<string>();
        var current = new StringBuilder();
        bool hasElement = false;
        for (int i = first; i <= last; i++)
        {
            HoconToken token = tokens[i];
            if (token.Kind is HoconTokenKind.QuotedString or HoconTokenKind.Whitespace)
            {
                current.Append(token.Text);
                hasElement = true;
                continue;
            }

            foreach (char c in token.Text)
            {
                if (c != '.')
                {
                    current.Append(c);
                    hasElement = true;
                    continue;
                }

                if (!hasElement)
                {
                    throw new HoconException(token.Origin, "a path element is empty (quote an empty key as \"\"; a path cannot start or end with '.' or contain '..')");
                }

                segments.Add(current.ToString());
                current.Clear();
                hasElement = false;
            }
        }

        if (!hasElement)
        {
            throw new HoconException(tokens[last].Origin, "a path cannot end with '.'");
        }

        segments.Add(current.ToString());
        return new HoconPath([.. segments]);
    }

    /// <summary>This path with <paramref name="segment"/> added at the end.</summary>
    public HoconPath Append(string segment) => new([.. _segments, segment]);

    /// <summary>This path followed by <paramref name="other"/>.</summary>
    public HoconPath Append(HoconPath other) => other.Count == 0 ? this : new([.. _segments, .. other._segments]);

    /// <summary>Whether this path equals <paramref name="prefix"/> or lies below it.</summary>
    public bool StartsWith(HoconPath prefix)
    {
        if (prefix.Count > Count)
        {
            return false;
        }

        for (int i = 0; i < prefix.Count; i++)
        {
            if (!string.Equals(_segments[i], prefix._segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The path without its first <paramref name="count"/> elements.</summary>
    public HoconPath Skip(int count) => count == 0 ? this : new(_segments[count..]);

    /// <summary>The elements joined with <c>.</c> unquoted: the name an environment variable fallback uses.</summary>
    public string ToEnvironmentName() => string.Join('.', _segments);

    /// <summary>The path as a Microsoft.Extensions.Configuration key: elements joined with <c>:</c>.</summary>
    public string ToConfigurationKey() => string.Join(':', _segments);

    /// <summary>Renders the path as a HOCON path expression, quoting elements that need it.</summary>
    public override string ToString() => string.Join('.', _segments.Select(RenderSegment));

    /// <summary>Renders one key so that it reads back as the same single path element.</summary>
    public static string RenderSegment(string segment)
    {
        bool plain = segment.Length > 0 && (char.IsAsciiLetterOrDigit(segment[0]) || segment[0] == '_')
            && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
        return plain ? segment : Quote(segment);
    }

    /// <summary>Writes <paramref name="text"/> as a JSON/HOCON quoted string.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"", text.Length + 2);
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    /// <inheritdoc />
    public bool Equals(HoconPath? other) =>
        other is not null && _segments.AsSpan().SequenceEqual(other._segments);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HoconPath);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (string segment in _segments)
        {
            hash.Add(segment, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
