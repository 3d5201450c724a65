namespace ActorMoo.Actors.Model;

public sealed partial record ObjectState
{
    /// <summary>Structural equality: every field, collections by content and order.</summary>
    public bool Equals(ObjectState? other) =>
        other is not null
        && Id == other.Id
        && Name == other.Name
        && Owner == other.Owner
        && Location == other.Location
        && Flags == other.Flags
        && NextVerbId == other.NextVerbId
        && Version == other.Version
        && MembershipVersion == other.MembershipVersion
        && Recycled == other.Recycled
        && Aliases.SequenceEqual(other.Aliases)
        && Parents.SequenceEqual(other.Parents)
        && Children.SequenceEqual(other.Children)
        && Contents.SequenceEqual(other.Contents)
        && Properties.SequenceEqual(other.Properties)
        && Overrides.SequenceEqual(other.Overrides)
        && Verbs.SequenceEqual(other.Verbs);

    /// <summary>A hash over the identity, version and sizes; consistent with <see cref="Equals(ObjectState?)"/>.</summary>
    public override int GetHashCode() =>
        HashCode.Combine(Id, Name, Version, Contents.Length, Properties.Length, Verbs.Length);
}
