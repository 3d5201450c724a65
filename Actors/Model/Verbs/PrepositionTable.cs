using System.Collections.Immutable;
using System.Globalization;

namespace ActorMoo.Actors.Model;

/// <summary>
/// LambdaMOO's preposition table: each <see cref="Preposition"/> set with its phrases, the search
/// the command parser uses to find the first preposition in a command, and the written forms
/// used by argument specs (<c>"with/using"</c>, <c>"in front of"</c>, <c>"none"</c>, <c>"any"</c>).
/// </summary>
public static class PrepositionTable
{
    /// <summary>
    /// The sets in LambdaMOO's order, each as its phrases in LambdaMOO's order. The order matters:
    /// at a given word the first phrase that matches wins, so <c>"on top of"</c> is tried before
    /// <c>"on"</c>, and <c>"off"</c> before <c>"off of"</c> (which therefore never matches whole,
    /// exactly as in LambdaMOO).
    /// </summary>
    private static readonly string[] Sets =
    [
        "with/using",
        "at/to",
        "in front of",
        "in/inside/into",
        "on top of/on/onto/upon",
        "out of/from inside/from",
        "over",
        "through",
        "under/underneath/beneath",
        "behind",
        "beside",
        "for/about",
        "is",
        "as",
        "off/off of",
    ];

    /// <summary>Every phrase as its words, with the set it belongs to, in search order.</summary>
    private static readonly ImmutableArray<(Preposition Set, string[] Words)> Phrases =
    [
        .. Sets.SelectMany((set, index) => set.Split('/')
            .Select(phrase => ((Preposition)index, phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)))),
    ];

    /// <summary>Every preposition set (without <see cref="Preposition.None"/> and <see cref="Preposition.Any"/>).</summary>
    public static IEnumerable<Preposition> All => Enumerable.Range(0, Sets.Length).Select(i => (Preposition)i);

    /// <summary>The set's phrases joined by <c>/</c> (<c>"with/using"</c>), or <c>"none"</c> / <c>"any"</c>.</summary>
    public static string Format(Preposition preposition) => preposition switch
    {
        Preposition.None => "none",
        Preposition.Any => "any",
        _ when (int)preposition >= 0 && (int)preposition < Sets.Length => Sets[(int)preposition],
        _ => throw new ArgumentOutOfRangeException(nameof(preposition), preposition, "not a preposition set"),
    };

    /// <summary>The set's first phrase (<c>"with"</c>), for messages; <c>""</c> for none.</summary>
    public static string Shortest(Preposition preposition) => preposition switch
    {
        Preposition.None => "",
        Preposition.Any => "any",
        _ => Format(preposition).Split('/')[0],
    };

    /// <summary>
    /// The first preposition in <paramref name="words"/>, scanning from the left and trying every
    /// phrase of every set at each position (LambdaMOO's <c>db_find_prep</c>). Returns the set and
    /// the index of the phrase's first and last word, or <see cref="Preposition.None"/>.
    /// </summary>
    public static (Preposition Preposition, int First, int Last) FindFirst(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (set, phrase) in Phrases)
            {
                if (MatchesAt(words, i, phrase)) return (set, i, i + phrase.Length - 1);
            }
        }
        return (Preposition.None, -1, -1);
    }

    /// <summary>
    /// Reads a preposition as written in an argument spec: <c>none</c>, <c>any</c>, any one phrase
    /// (<c>"under"</c>, <c>"in front of"</c>), a whole set (<c>"with/using"</c>, read by its first
    /// phrase as LambdaMOO does), or a set number (<c>"3"</c>, <c>"#3"</c>).
    /// </summary>
    public static bool TryParse(string text, out Preposition preposition)
    {
        ArgumentNullException.ThrowIfNull(text);
        preposition = Preposition.None;
        var trimmed = text.Trim();
        if (MooNames.Equal(trimmed, "none")) return true;
        if (MooNames.Equal(trimmed, "any"))
        {
            preposition = Preposition.Any;
            return true;
        }
        var number = trimmed.StartsWith('#') ? trimmed[1..] : trimmed;
        if (number.Length > 0 && char.IsAsciiDigit(number[0]))
        {
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= Sets.Length) return false;
            preposition = (Preposition)index;
            return true;
        }
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        var words = (slash < 0 ? trimmed : trimmed[..slash]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (set, phrase) in Phrases)
        {
            if (phrase.Length == words.Length && MatchesAt(words, 0, phrase))
            {
                preposition = set;
                return true;
            }
        }
        return false;
    }

    private static bool MatchesAt(IReadOnlyList<string> words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Count) return false;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!MooNames.Equal(words[start + k], phrase[k])) return false;
        }
        return true;
    }
}
