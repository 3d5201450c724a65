using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Parsing;

/// <summary>How an object phrase turned out.</summary>
public enum ObjectMatchKind
{
    /// <summary>The phrase was empty: no object (<c>#-1</c>).</summary>
    Nothing,

    /// <summary>Exactly one object.</summary>
    Found,

    /// <summary>Several objects fit equally well (<c>#-2</c>).</summary>
    Ambiguous,

    /// <summary>No object fits (<c>#-3</c>).</summary>
    NotFound,
}

/// <summary>The result of matching an object phrase, with the MOO object number a verb sees for it.</summary>
/// <param name="Kind">How the match turned out.</param>
/// <param name="Id">The object found, or <c>#-1</c>, <c>#-2</c>, <c>#-3</c> as in LambdaMOO.</param>
public readonly record struct ObjectMatch(ObjectMatchKind Kind, ObjectId Id)
{
    /// <summary>What to tell a player whose phrase matched several objects.</summary>
    public const string AmbiguousMessage = "Which one do you mean?";

    /// <summary>What to tell a player whose phrase matched nothing.</summary>
    public const string NotFoundMessage = "I don't see that here.";

    /// <summary>The empty phrase.</summary>
    public static ObjectMatch Nothing { get; } = new(ObjectMatchKind.Nothing, SpecialObjects.Nothing);

    /// <summary>An ambiguous phrase.</summary>
    public static ObjectMatch Ambiguous { get; } = new(ObjectMatchKind.Ambiguous, SpecialObjects.AmbiguousMatch);

    /// <summary>A phrase that matched nothing.</summary>
    public static ObjectMatch NotFound { get; } = new(ObjectMatchKind.NotFound, SpecialObjects.FailedMatch);

    /// <summary>A phrase that matched <paramref name="id"/>.</summary>
    public static ObjectMatch Of(ObjectId id) => new(ObjectMatchKind.Found, id);

    /// <summary>The sentence for a failed match (<see cref="AmbiguousMessage"/>, <see cref="NotFoundMessage"/>), or null.</summary>
    public string? FailureMessage => Kind switch
    {
        ObjectMatchKind.Ambiguous => AmbiguousMessage,
        ObjectMatchKind.NotFound => NotFoundMessage,
        _ => null,
    };
}
