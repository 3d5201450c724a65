using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>A verb was added at the end of this object's verbs.</summary>
/// <param name="Verb">The new verb; its id must be unused on this object (take <see cref="ObjectState.NextVerbId"/>).</param>
public sealed record VerbAdded(VerbDefinition Verb) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.verb-added.v1";
}

/// <summary>A verb was (re)programmed; its <see cref="VerbDefinition.Version"/> grows by one.</summary>
/// <param name="VerbId">The verb.</param>
/// <param name="Code">The new Lua source.</param>
public sealed record VerbCodeSet(int VerbId, string Code) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.verb-code-set.v1";
}

/// <summary>A verb's names, owner or bits changed (set_verb_info).</summary>
/// <param name="VerbId">The verb.</param>
/// <param name="Names">The new names string.</param>
/// <param name="Owner">The new owner.</param>
/// <param name="Permissions">The new bits.</param>
public sealed record VerbInfoChanged(int VerbId, string Names, ObjectId Owner, VerbPermissions Permissions) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.verb-info-changed.v1";
}

/// <summary>A verb's argument spec changed (set_verb_args).</summary>
/// <param name="VerbId">The verb.</param>
/// <param name="ArgSpec">The new spec.</param>
public sealed record VerbArgsChanged(int VerbId, VerbArgSpec ArgSpec) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.verb-args-changed.v1";
}

/// <summary>A verb was deleted; its id is not reused.</summary>
/// <param name="VerbId">The verb.</param>
public sealed record VerbDeleted(int VerbId) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.verb-deleted.v1";
}
