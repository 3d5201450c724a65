using System.Collections.Immutable;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>The object's name changed.</summary>
/// <param name="Name">The new name.</param>
public sealed record ObjectRenamed(string Name) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.object-renamed.v1";
}

/// <summary>The object's aliases were replaced.</summary>
/// <param name="Aliases">The new aliases, in order.</param>
public sealed record AliasesSet(ImmutableArray<string> Aliases) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.aliases-set.v1";

    /// <summary>Structural equality (aliases by content).</summary>
    public bool Equals(AliasesSet? other) => other is not null && Aliases.SequenceEqual(other.Aliases);

    /// <inheritdoc />
    public override int GetHashCode() => Aliases.Length;
}

/// <summary>The object's owner changed.</summary>
/// <param name="Owner">The new owner.</param>
public sealed record OwnerChanged(ObjectId Owner) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.owner-changed.v1";
}

/// <summary>The object's flag bits were replaced.</summary>
/// <param name="Flags">The new bits.</param>
public sealed record FlagsChanged(ObjectFlags Flags) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.flags-changed.v1";
}
