using System.Collections.Immutable;
using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.Parsing;

/// <summary>
/// A command line taken apart by LambdaMOO's rules, before any object is matched: the strings a
/// verb later sees as <c>verb</c>, <c>argstr</c>, <c>args</c>, <c>dobjstr</c>, <c>prepstr</c> and <c>iobjstr</c>.
/// </summary>
/// <param name="Verb">The first word (after the <c>"</c>/<c>:</c>/<c>;</c> shortcuts became <c>say</c>/<c>emote</c>/<c>eval</c>).</param>
/// <param name="Argstr">Everything after the verb word and its following spaces, as typed.</param>
/// <param name="Args">The words after the verb, unquoted.</param>
/// <param name="Dobjstr">The words before the preposition (all words when there is none), joined by spaces.</param>
/// <param name="Prep">The preposition set found, or <see cref="Preposition.None"/>.</param>
/// <param name="Prepstr">The preposition's words as typed, joined by spaces; empty when none.</param>
/// <param name="Iobjstr">The words after the preposition, joined by spaces; empty when none.</param>
public sealed record ParsedCommand(
    string Verb,
    string Argstr,
    ImmutableArray<string> Args,
    string Dobjstr,
    Preposition Prep,
    string Prepstr,
    string Iobjstr)
{
    /// <summary>Structural equality (args by content).</summary>
    public bool Equals(ParsedCommand? other) =>
        other is not null && Verb == other.Verb && Argstr == other.Argstr && Args.SequenceEqual(other.Args)
        && Dobjstr == other.Dobjstr && Prep == other.Prep && Prepstr == other.Prepstr && Iobjstr == other.Iobjstr;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Verb, Argstr, Dobjstr, Prep, Iobjstr);
}
