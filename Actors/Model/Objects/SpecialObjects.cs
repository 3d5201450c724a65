using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// The negative object numbers that LambdaMOO gives a meaning to. They never name a real object;
/// verbs see them as <c>dobj</c>/<c>iobj</c> when the command parser could not pick one object.
/// </summary>
public static class SpecialObjects
{
    /// <summary><c>#-1</c>: no object (an empty object phrase, a location of nowhere).</summary>
    public static ObjectId Nothing { get; } = ObjectId.Nothing;

    /// <summary><c>#-2</c>: the object phrase matched more than one object.</summary>
    public static ObjectId AmbiguousMatch { get; } = new(-2);

    /// <summary><c>#-3</c>: the object phrase matched no object.</summary>
    public static ObjectId FailedMatch { get; } = new(-3);
}
