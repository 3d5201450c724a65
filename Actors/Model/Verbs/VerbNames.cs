namespace ActorMoo.Actors.Model;

/// <summary>
/// Verb-name matching with LambdaMOO's <c>*</c> abbreviations. A verb's names string holds one or
/// more names separated by spaces (<c>"get take"</c>); within a name a star marks where
/// abbreviation may start:
/// <list type="bullet">
/// <item><c>foo*bar</c> matches every prefix of <c>foobar</c> at least as long as <c>foo</c>
/// (<c>foo</c>, <c>foob</c>, …, <c>foobar</c>) and nothing else;</item>
/// <item>a trailing star, <c>foo*</c>, matches <c>foo</c> followed by anything;</item>
/// <item><c>*</c> alone matches every word;</item>
/// <item>a name without a star matches only itself.</item>
/// </list>
/// Case is ignored for ASCII letters.
/// </summary>
public static class VerbNames
{
    /// <summary>Where the last star seen in a name sits: none yet, inside the name, or at its end.</summary>
    private enum Star { None, Inner, End }

    /// <summary>True when any name in <paramref name="names"/> matches <paramref name="word"/>.</summary>
    public static bool Matches(string names, string word)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(word);
        foreach (var name in Split(names))
        {
            if (NameMatches(name, word)) return true;
        }
        return false;
    }

    /// <summary>The individual names of a names string (<c>"l*ook examine"</c> → <c>l*ook</c>, <c>examine</c>).</summary>
    public static string[] Split(string names) => names.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// One name against one word: walk both while the characters agree, remembering the last
    /// star passed; the word matches when it ran out after a star or together with the name, or
    /// when it goes on past a trailing star.
    /// </summary>
    private static bool NameMatches(string name, string word)
    {
        var i = 0;
        var j = 0;
        var star = Star.None;
        while (true)
        {
            while (i < name.Length && name[i] == '*')
            {
                i++;
                star = i == name.Length ? Star.End : Star.Inner;
            }
            if (i == name.Length || j == word.Length || !MooNames.CharEqual(name[i], word[j])) break;
            i++;
            j++;
        }
        return j == word.Length ? star != Star.None || i == name.Length : star == Star.End;
    }
}
