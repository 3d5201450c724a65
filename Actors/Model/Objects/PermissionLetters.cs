namespace ActorMoo.Actors.Model;

/// <summary>
/// The letter notation MOO uses for permission bits (<c>rwc</c>, <c>rwxd</c>): letter i stands
/// for bit 1 &lt;&lt; i. Shared by the property and verb permission enums.
/// </summary>
internal static class PermissionLetters
{
    /// <summary>The letters of the set bits, in the alphabet's order.</summary>
    public static string Format(int bits, string alphabet)
    {
        Span<char> letters = stackalloc char[alphabet.Length];
        var count = 0;
        for (var i = 0; i < alphabet.Length; i++)
        {
            if ((bits & (1 << i)) != 0) letters[count++] = alphabet[i];
        }
        return new string(letters[..count]);
    }

    /// <summary>Parses letters of the alphabet in any order and case; false for any other character.</summary>
    public static bool TryParse(string text, string alphabet, out int bits)
    {
        ArgumentNullException.ThrowIfNull(text);
        bits = 0;
        foreach (var c in text)
        {
            var index = alphabet.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
            if (index < 0)
            {
                bits = 0;
                return false;
            }
            bits |= 1 << index;
        }
        return true;
    }
}
