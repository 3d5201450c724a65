using System.Globalization;
using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.Parsing;

/// <summary>
/// Ordinal words that pick one of several matching objects: <c>first</c>…<c>tenth</c> and
/// <c>1st</c>, <c>2nd</c>, <c>3rd</c>, <c>4th</c>… (as in LambdaCore's matching, <c>2nd lamp</c>).
/// </summary>
public static class Ordinals
{
    private static readonly string[] Words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    /// <summary>
    /// Splits a phrase that starts with an ordinal word into the (1-based) position and the rest;
    /// false when the first word is no ordinal or nothing follows it.
    /// </summary>
    public static bool TrySplit(string phrase, out int position, out string rest)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        position = 0;
        rest = "";
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0) return false;
        var word = phrase[..space];
        rest = phrase[(space + 1)..].TrimStart(' ');
        if (rest.Length == 0) return false;
        position = Parse(word);
        return position > 0;
    }

    private static int Parse(string word)
    {
        for (var i = 0; i < Words.Length; i++)
        {
            if (MooNames.Equal(word, Words[i])) return i + 1;
        }
        if (word.Length < 3) return 0;
        var suffix = word[^2..].ToLowerInvariant();
        if (!int.TryParse(word.AsSpan(0, word.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0) return 0;
        return suffix == Suffix(n) ? n : 0;
    }

    /// <summary>The English ordinal suffix of <paramref name="n"/> (11th, 12th, 13th, 21st, 22nd…).</summary>
    private static string Suffix(int n) => (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };
}
