using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Verbs;

/// <summary>
/// What a typed command contributes to every verb of its task: LambdaMOO's <c>argstr</c>,
/// <c>dobj</c>, <c>dobjstr</c>, <c>prepstr</c>, <c>iobj</c> and <c>iobjstr</c>. Verbs called from
/// code see their caller's command.
/// </summary>
/// <param name="Argstr">Everything after the verb word.</param>
/// <param name="Dobj">The direct object matched (<c>#-1</c> none, <c>#-2</c> ambiguous, <c>#-3</c> not found).</param>
/// <param name="Dobjstr">The direct object's words.</param>
/// <param name="Prepstr">The preposition's words.</param>
/// <param name="Iobj">The indirect object matched.</param>
/// <param name="Iobjstr">The indirect object's words.</param>
public sealed record CommandContext(string Argstr, ObjectId Dobj, string Dobjstr, string Prepstr, ObjectId Iobj, string Iobjstr)
{
    /// <summary>The context of a task not started by a typed command.</summary>
    public static CommandContext None { get; } = new("", ObjectId.Nothing, "", "", ObjectId.Nothing, "");
}

/// <summary>
/// One running verb of a task, kept by the world (never by the script) so that the permissions,
/// <c>caller</c> and <c>player</c> a host function uses cannot be forged by verb code.
/// </summary>
/// <param name="This">The object the verb was called on.</param>
/// <param name="Definer">The object that defines the verb.</param>
/// <param name="VerbName">The name it was called by.</param>
/// <param name="Programmer">Whose permissions it runs with: the verb's owner.</param>
/// <param name="Caller">The <c>this</c> of the calling verb, or the player for a top-level call.</param>
/// <param name="Player">The player whose task this is.</param>
public sealed record VerbFrame(ObjectId This, ObjectId Definer, string VerbName, ObjectId Programmer, ObjectId Caller, ObjectId Player);
