namespace ActorMoo.Scripting.Sandbox;

/// <summary>
/// Refuses calls of string.find/match/gmatch/gsub whose worst-case matching work is too large.
/// The matcher is C code the VM hook cannot interrupt: <c>('a'):rep(150):find('.-.-.-.-b')</c>
/// runs for seconds (notes, trap 7), so the bound must hold before the call starts.
/// </summary>
/// <remarks>
/// Lua's matcher backtracks only at quantified single-character classes: <c>x*</c>, <c>x+</c> and
/// <c>x-</c> try at most (run + 1) lengths, where run is the longest stretch of the subject
/// matching <c>x</c>; <c>x?</c> tries two. Everything else (captures, <c>%b</c>, <c>%f</c>,
/// back-references) is deterministic. So the work is bounded by
/// <c>starts × Π(run_i + 1) × 2^(number of ?)</c>, with one start for an anchored pattern and one
/// per subject position otherwise. Ordinary patterns on ordinary text (<c>%s+</c>, <c>(%w+)=(%w+)</c>)
/// get small bounds because runs of spaces or word characters are short; <c>.-</c> over long
/// text and stacked wildcards get large ones, which is exactly the dangerous case.
/// </remarks>
internal static class PatternGuard
{
    /// <summary>Null when the call may proceed, otherwise the error message for the script.</summary>
    public static string? Check(ReadOnlySpan<byte> subject, ReadOnlySpan<byte> pattern, long init, bool plain, SandboxLimits limits)
    {
        if (subject.Length > limits.MaxPatternSubjectBytes)
            return $"pattern matching on a string of {subject.Length} bytes (limit {limits.MaxPatternSubjectBytes})";
        var start = init > 0 ? init - 1 : init < 0 ? Math.Max(0, subject.Length + init) : 0;
        if (start >= subject.Length) return null;
        var rest = subject[(int)start..];

        if (plain || !HasSpecials(pattern))
        {
            // A literal search (lmemfind) compares up to the pattern's length at every position.
            return (double)rest.Length * Math.Max(1, pattern.Length) > limits.MaxPatternWork
                ? TooComplex(subject.Length) : null;
        }
        if (pattern.Length > limits.MaxPatternBytes)
            return $"pattern of {pattern.Length} bytes (limit {limits.MaxPatternBytes})";

        var anchored = pattern[0] == '^';
        double work = anchored ? 1 : rest.Length + 1;
        var runs = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = anchored ? 1 : 0;
        while (i < pattern.Length && work <= limits.MaxPatternWork)
        {
            var c = pattern[i];
            if (c is (byte)'(' or (byte)')') { i++; continue; }
            if (c == '$' && i == pattern.Length - 1) { i++; continue; }
            if (c == '%' && i + 1 < pattern.Length)
            {
                var d = pattern[i + 1];
                if (d == 'b') { i += 4; continue; }
                if (d == 'f') { i = LuaPatternClass.ClassEnd(pattern, i + 2); continue; }
                if (d is >= (byte)'0' and <= (byte)'9') { i += 2; continue; }
            }
            var end = LuaPatternClass.ClassEnd(pattern, i);
            if (end < 0) return null; // malformed: let Lua report it
            if (end < pattern.Length && pattern[end] is (byte)'*' or (byte)'+' or (byte)'-' or (byte)'?')
            {
                if (pattern[end] == '?')
                {
                    work *= 2;
                }
                else
                {
                    var item = pattern[i..end];
                    var key = Convert.ToHexString(item);
                    if (!runs.TryGetValue(key, out var run)) runs[key] = run = LongestRun(rest, pattern, i, end);
                    work *= run + 1;
                }
                i = end + 1;
            }
            else
            {
                i = end;
            }
        }
        return work > limits.MaxPatternWork ? TooComplex(subject.Length) : null;
    }

    private static string TooComplex(int length) =>
        $"pattern too complex for a string of {length} bytes (simplify the pattern or match a shorter string)";

    private static bool HasSpecials(ReadOnlySpan<byte> pattern) => pattern.IndexOfAny("^$*+?.([%-"u8) >= 0;

    private static int LongestRun(ReadOnlySpan<byte> subject, ReadOnlySpan<byte> pattern, int classStart, int classEnd)
    {
        int longest = 0, current = 0;
        foreach (var b in subject)
        {
            if (LuaPatternClass.SingleMatch(b, pattern, classStart, classEnd))
            {
                if (++current > longest) longest = current;
            }
            else
            {
                current = 0;
            }
        }
        return longest;
    }
}
