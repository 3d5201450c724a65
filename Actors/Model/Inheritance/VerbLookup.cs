using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// Verb resolution over a lookup: the first verb, in resolution order and then in each object's
/// definition order, whose name matches and which fits the kind of call.
/// </summary>
public static class VerbLookup
{
    /// <summary>
    /// The verb a program call <c>obj:name(...)</c> runs: the first matching verb with the
    /// <c>x</c> bit (non-executable verbs are passed over, as in LambdaMOO's <c>db_find_callable_verb</c>).
    /// </summary>
    public static ValueTask<ResolvedVerb?> FindCallableAsync(
        IObjectLookup lookup, ObjectState obj, string name, CancellationToken cancellationToken = default) =>
        FindAsync(lookup, obj, verb => verb.IsExecutable && verb.IsNamed(name), cancellationToken);

    /// <summary>
    /// The verb a command runs when looked for on <paramref name="obj"/>: the first verb whose name
    /// matches and whose argument spec fits the matched objects and preposition (the <c>x</c> bit is
    /// not needed, as in LambdaMOO's <c>db_find_command_verb</c>).
    /// </summary>
    public static ValueTask<ResolvedVerb?> FindCommandAsync(
        IObjectLookup lookup, ObjectState obj, string name, ObjectId dobj, Preposition prep, ObjectId iobj,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var self = obj.Id;
        return FindAsync(lookup, obj, verb => verb.IsNamed(name) && verb.ArgSpec.Matches(self, dobj, prep, iobj), cancellationToken);
    }

    /// <summary>The first verb on <paramref name="obj"/> or its ancestors that satisfies <paramref name="predicate"/>.</summary>
    public static ValueTask<ResolvedVerb?> FindAsync(
        IObjectLookup lookup, ObjectState obj, Func<VerbDefinition, bool> predicate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ArgumentNullException.ThrowIfNull(predicate);
        // Walked lazily: a verb found on the object or a near ancestor reads nothing further up.
        return Ancestry.FirstAsync(lookup, obj, definer => FirstOn(obj.Id, definer, predicate), cancellationToken);
    }

    private static ResolvedVerb? FirstOn(ObjectId self, ObjectState definer, Func<VerbDefinition, bool> predicate)
    {
        foreach (var verb in definer.Verbs)
        {
            if (predicate(verb)) return new ResolvedVerb(self, definer.Id, verb);
        }
        return null;
    }
}
