using System.Globalization;
using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Parsing;

/// <summary>
/// Matches an object phrase from a command the way LambdaMOO's server does
/// (<c>server_match_object</c>): the empty phrase is no object; <c>#N</c> is that object if it is
/// valid; <c>me</c> is the player and <c>here</c> its location; otherwise the objects the player
/// carries and then those in its location are compared by name and aliases, ignoring case — an
/// exact match beats any prefix match, two different exact matches (or, without one, two prefix
/// matches) are ambiguous. If nothing matches and the phrase starts with an ordinal
/// (<c>2nd lamp</c>), the ordinal picks among the matches of the rest.
/// </summary>
public static class ObjectMatcher
{
    /// <summary>Matches <paramref name="phrase"/> for <paramref name="player"/>.</summary>
    public static async ValueTask<ObjectMatch> MatchAsync(
        IObjectLookup lookup, ObjectState player, string phrase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(player);
        ArgumentNullException.ThrowIfNull(phrase);
        if (phrase.Length == 0) return ObjectMatch.Nothing;
        if (phrase[0] == '#') return await MatchNumberAsync(lookup, phrase, cancellationToken).ConfigureAwait(false);
        if (!player.IsValid) return ObjectMatch.NotFound;
        if (MooNames.Equal(phrase, "me")) return ObjectMatch.Of(player.Id);
        if (MooNames.Equal(phrase, "here"))
            return player.Location == SpecialObjects.Nothing ? ObjectMatch.Nothing : ObjectMatch.Of(player.Location);

        var candidates = await CandidatesAsync(lookup, player, cancellationToken).ConfigureAwait(false);
        var match = MatchByName(candidates, phrase);
        if (match.Kind == ObjectMatchKind.NotFound && Ordinals.TrySplit(phrase, out var position, out var rest))
            match = MatchByPosition(candidates, rest, position);
        // The candidates were only peeked at; the one chosen is what the command depends on.
        if (match.Kind == ObjectMatchKind.Found)
            await lookup.FindAsync(match.Id, cancellationToken).ConfigureAwait(false);
        return match;
    }

    private static async ValueTask<ObjectMatch> MatchNumberAsync(IObjectLookup lookup, string phrase, CancellationToken cancellationToken)
    {
        if (!long.TryParse(phrase.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            return ObjectMatch.NotFound;
        var found = await lookup.FindValidAsync(new ObjectId(number), cancellationToken).ConfigureAwait(false);
        return found is null ? ObjectMatch.NotFound : ObjectMatch.Of(found.Id);
    }

    /// <summary>The player's contents, then its location's contents (valid objects only), in order.</summary>
    private static async ValueTask<List<ObjectState>> CandidatesAsync(IObjectLookup lookup, ObjectState player, CancellationToken cancellationToken)
    {
        var candidates = new List<ObjectState>();
        await AddContentsAsync(lookup, player, candidates, cancellationToken).ConfigureAwait(false);
        var room = await lookup.FindValidAsync(player.Location, cancellationToken).ConfigureAwait(false);
        if (room is not null) await AddContentsAsync(lookup, room, candidates, cancellationToken).ConfigureAwait(false);
        return candidates;
    }

    private static async ValueTask AddContentsAsync(IObjectLookup lookup, ObjectState container, List<ObjectState> into, CancellationToken cancellationToken)
    {
        foreach (var id in container.Contents)
        {
            var item = await lookup.PeekValidAsync(id, cancellationToken).ConfigureAwait(false);
            if (item is not null) into.Add(item);
        }
    }

    /// <summary>LambdaMOO's <c>match_contents</c>: exact beats prefix; two exact or (without exact) two prefix matches are ambiguous.</summary>
    private static ObjectMatch MatchByName(List<ObjectState> candidates, string phrase)
    {
        ObjectId? exact = null;
        ObjectMatch partial = ObjectMatch.NotFound;
        foreach (var candidate in candidates)
        {
            switch (Compare(candidate, phrase))
            {
                case Fit.Exact when exact is null || exact == candidate.Id:
                    exact = candidate.Id;
                    break;
                case Fit.Exact:
                    return ObjectMatch.Ambiguous;
                case Fit.Prefix:
                    partial = partial.Kind == ObjectMatchKind.NotFound || partial.Id == candidate.Id ? ObjectMatch.Of(candidate.Id) : ObjectMatch.Ambiguous;
                    break;
            }
        }
        return exact is { } id ? ObjectMatch.Of(id) : partial;
    }

    /// <summary>The <paramref name="position"/>th object (1-based) among the exact matches, or among the prefix matches when there is no exact one.</summary>
    private static ObjectMatch MatchByPosition(List<ObjectState> candidates, string phrase, int position)
    {
        var exact = candidates.Where(c => Compare(c, phrase) == Fit.Exact).Select(c => c.Id).Distinct().ToList();
        var pool = exact.Count > 0 ? exact : candidates.Where(c => Compare(c, phrase) == Fit.Prefix).Select(c => c.Id).Distinct().ToList();
        return position <= pool.Count ? ObjectMatch.Of(pool[position - 1]) : ObjectMatch.NotFound;
    }

    private enum Fit { None, Prefix, Exact }

    /// <summary>The best fit of the phrase against the object's name and aliases.</summary>
    private static Fit Compare(ObjectState candidate, string phrase)
    {
        var best = Compare(candidate.Name, phrase);
        foreach (var alias in candidate.Aliases)
        {
            if (best == Fit.Exact) break;
            var fit = Compare(alias, phrase);
            if (fit > best) best = fit;
        }
        return best;
    }

    private static Fit Compare(string name, string phrase) =>
        !MooNames.StartsWith(name, phrase) ? Fit.None : name.Length == phrase.Length ? Fit.Exact : Fit.Prefix;
}
