using static ActorMoo.Actors.World.Objects.ObjectProtocol;

namespace ActorMoo.Actors.World.Transactions;

/// <summary>
/// What a task read of one object: the committed versions it saw and whether it used the object's
/// contents or children list. That decides what its commit checks: a task that used the lists
/// depends on the whole object; one that did not depends on everything but the lists, so other
/// tasks' members coming and going do not conflict with it.
/// </summary>
/// <param name="Version">The <c>ObjectState.Version</c> seen (0 for an object that did not exist).</param>
/// <param name="CoreVersion">The <c>ObjectState.CoreVersion</c> seen.</param>
/// <param name="MembershipRead">True when the task used the contents or children list.</param>
internal readonly record struct ReadEntry(long Version, long CoreVersion, bool MembershipRead)
{
    /// <summary>Which version the commit compares.</summary>
    public VersionScope Scope => MembershipRead ? VersionScope.Whole : VersionScope.Core;

    /// <summary>The version the object must still be at, in <see cref="Scope"/>.</summary>
    public long ExpectedVersion => MembershipRead ? Version : CoreVersion;
}
