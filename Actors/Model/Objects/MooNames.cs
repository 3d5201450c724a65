namespace ActorMoo.Actors.Model;

/// <summary>
/// Name comparison as MOO does it: property names, verb names, object names and aliases ignore
/// the case of ASCII letters only (LambdaMOO's <c>mystrcasecmp</c>), independent of any culture.
/// </summary>
public static class MooNames
{
    /// <summary>True when the names are equal ignoring ASCII case.</summary>
    public static bool Equal(string a, string b) =>
        a.Length == b.Length && StartsWith(a, b);

    /// <summary>True when <paramref name="text"/> starts with <paramref name="prefix"/>, ignoring ASCII case.</summary>
    public static bool StartsWith(string text, string prefix)
    {
        if (prefix.Length > text.Length) return false;
        for (var i = 0; i < prefix.Length; i++)
        {
            if (!CharEqual(text[i], prefix[i])) return false;
        }
        return true;
    }

    /// <summary>An equality comparer with the same rule, for sets and dictionaries of names.</summary>
    public static IEqualityComparer<string> Comparer { get; } = new NameComparer();

    /// <summary>True when the characters are equal ignoring ASCII case.</summary>
    public static bool CharEqual(char a, char b) => a == b || (char.IsAsciiLetter(a) && (a | 0x20) == (b | 0x20));

    private sealed class NameComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : Equal(x, y);

        public int GetHashCode(string obj)
        {
            var hash = new HashCode();
            foreach (var c in obj) hash.Add(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
            return hash.ToHashCode();
        }
    }
}
