using System.Collections.Immutable;
using System.Text;

namespace ActorMoo.Actors.Parsing;

/// <summary>
/// Splits a command line into words as LambdaMOO's <c>parse_into_words</c> does: words are
/// separated by spaces; double quotes group words (the quotes themselves are dropped) and may
/// start or stop in the middle of a word; a backslash takes the next character literally (a
/// trailing backslash is dropped). So <c>put "big box" in bag</c> has the words
/// <c>put</c>, <c>big box</c>, <c>in</c>, <c>bag</c>, and <c>say \"hi\"</c> has <c>say</c>, <c>"hi"</c>.
/// </summary>
public static class CommandWords
{
    /// <summary>The words of <paramref name="text"/>.</summary>
    public static ImmutableArray<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ImmutableArray.CreateBuilder<string>();
        var word = new StringBuilder();
        var i = SkipSpaces(text, 0);
        while (i < text.Length)
        {
            var inQuotes = false;
            word.Clear();
            while (i < text.Length && (inQuotes || text[i] != ' '))
            {
                var c = text[i++];
                if (c == '"') inQuotes = !inQuotes;
                else if (c == '\\')
                {
                    if (i < text.Length) word.Append(text[i++]);
                }
                else word.Append(c);
            }
            words.Add(word.ToString());
            i = SkipSpaces(text, i);
        }
        return words.ToImmutable();
    }

    /// <summary>
    /// The text after the first word and the spaces that follow it, untouched (quotes and
    /// backslashes kept): LambdaMOO's <c>argstr</c>. The first word is skipped by the same
    /// quoting rules as <see cref="Split"/>.
    /// </summary>
    public static string AfterFirstWord(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = SkipSpaces(text, 0);
        var inQuotes = false;
        while (i < text.Length && (inQuotes || text[i] != ' '))
        {
            var c = text[i++];
            if (c == '"') inQuotes = !inQuotes;
            else if (c == '\\' && i < text.Length) i++;
        }
        return text[SkipSpaces(text, i)..];
    }

    /// <summary>Joins words with single spaces, as LambdaMOO builds <c>dobjstr</c> and <c>iobjstr</c>.</summary>
    public static string Join(IEnumerable<string> words) => string.Join(' ', words);

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }
}
