namespace ActorMoo.Scripting.Sandbox;

/// <summary>
/// Single-character classes of Lua patterns, mirroring lstrlib.c (C locale: bytes ≥ 128 belong
/// to no class), so <see cref="PatternGuard"/> measures runs exactly as the matcher would see them.
/// </summary>
internal static class LuaPatternClass
{
    /// <summary>Index just past the class starting at <paramref name="p"/>, or -1 when malformed.</summary>
    public static int ClassEnd(ReadOnlySpan<byte> pattern, int p)
    {
        if (p >= pattern.Length) return -1;
        var c = pattern[p++];
        if (c == '%') return p < pattern.Length ? p + 1 : -1;
        if (c != '[') return p;
        if (p < pattern.Length && pattern[p] == '^') p++;
        do
        {
            if (p >= pattern.Length) return -1;
            var d = pattern[p++];
            if (d == '%')
            {
                if (p >= pattern.Length) return -1;
                p++;
            }
        } while (p >= pattern.Length || pattern[p] != ']');
        return p + 1;
    }

    /// <summary>Whether byte <paramref name="c"/> matches the class <c>pattern[start..end)</c>.</summary>
    public static bool SingleMatch(byte c, ReadOnlySpan<byte> pattern, int start, int end)
    {
        var p = pattern[start];
        return p switch
        {
            (byte)'.' => true,
            (byte)'%' => MatchClass(c, pattern[start + 1]),
            (byte)'[' => MatchBracket(c, pattern, start, end - 1),
            _ => p == c,
        };
    }

    private static bool MatchBracket(byte c, ReadOnlySpan<byte> pattern, int p, int close)
    {
        var negate = false;
        if (pattern[p + 1] == '^')
        {
            negate = true;
            p++;
        }
        while (++p < close)
        {
            if (pattern[p] == '%')
            {
                p++;
                if (MatchClass(c, pattern[p])) return !negate;
            }
            else if (p + 2 < close && pattern[p + 1] == '-')
            {
                if (pattern[p] <= c && c <= pattern[p + 2]) return !negate;
                p += 2;
            }
            else if (pattern[p] == c)
            {
                return !negate;
            }
        }
        return negate;
    }

    private static bool MatchClass(byte c, byte cl)
    {
        bool result;
        switch (cl | 0x20)
        {
            case 'a': result = IsAlpha(c); break;
            case 'c': result = c < 32 || c == 127; break;
            case 'd': result = c is >= (byte)'0' and <= (byte)'9'; break;
            case 'g': result = c is > 32 and < 127; break;
            case 'l': result = c is >= (byte)'a' and <= (byte)'z'; break;
            case 'p': result = c is > 32 and < 127 && !IsAlpha(c) && !(c is >= (byte)'0' and <= (byte)'9'); break;
            case 's': result = c == ' ' || c is >= 9 and <= 13; break;
            case 'u': result = c is >= (byte)'A' and <= (byte)'Z'; break;
            case 'w': result = IsAlpha(c) || c is >= (byte)'0' and <= (byte)'9'; break;
            case 'x': result = c is >= (byte)'0' and <= (byte)'9' || (c | 0x20) is >= 'a' and <= 'f'; break;
            default: return cl == c;
        }
        return cl is >= (byte)'A' and <= (byte)'Z' ? !result : result;
    }

    private static bool IsAlpha(byte c) => (c | 0x20) is >= 'a' and <= 'z';
}
