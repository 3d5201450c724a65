using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// The object moved. A move is three events on three objects — this one on the object moved,
/// <see cref="ContentRemoved"/> on the old location and <see cref="ContentAdded"/> on the new
/// one — planned together by <see cref="Movement.Plan"/> and committed in one transaction.
/// </summary>
/// <param name="Location">The new location, or <c>#-1</c> for nowhere.</param>
public sealed record LocationChanged(ObjectId Location) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.location-changed.v1";
}

/// <summary>An object arrived in this one; it is appended to the contents.</summary>
/// <param name="Item">The arriving object.</param>
public sealed record ContentAdded(ObjectId Item) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.content-added.v1";
}

/// <summary>An object left this one.</summary>
/// <param name="Item">The leaving object.</param>
public sealed record ContentRemoved(ObjectId Item) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.content-removed.v1";
}
