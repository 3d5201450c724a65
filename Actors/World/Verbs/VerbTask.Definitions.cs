using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Verbs;

public sealed partial class VerbTask
{
    /// <summary>The names of the properties <paramref name="target"/> defines itself (LambdaMOO's <c>properties</c>); needs its owner or <c>r</c>.</summary>
    public async ValueTask<MooValue> PropertyNamesAsync(ObjectId target, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        VerbError.ThrowIfDenied(ObjectRules.CanListDefinitions(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), state));
        return MooValue.List(state.Properties.Select(p => MooValue.String(p.Name)));
    }

    /// <summary>The names strings of the verbs <paramref name="target"/> defines itself (LambdaMOO's <c>verbs</c>); needs its owner or <c>r</c>.</summary>
    public async ValueTask<MooValue> VerbNamesAsync(ObjectId target, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        VerbError.ThrowIfDenied(ObjectRules.CanListDefinitions(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), state));
        return MooValue.List(state.Verbs.Select(v => MooValue.String(v.Names)));
    }

    /// <summary>
    /// Defines a new property on <paramref name="target"/> (its owner, or anyone if it has <c>w</c>;
    /// only wizards give it another owner). The name must be new along every line of inheritance.
    /// </summary>
    public async ValueTask<MooValue> AddPropertyAsync(ObjectId target, string name, MooValue value, string? permissions, ObjectId? owner, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        var who = await ProgrammerAsync(cancellationToken).ConfigureAwait(false);
        var propertyOwner = owner ?? who.Id;
        if (!PropertyPermissionsText.TryParse(permissions ?? "r", out var bits))
            throw new VerbError($"Invalid property permissions '{permissions}': use the letters r, w and c.");
        VerbError.ThrowIfDenied(PropertyRules.CanAdd(who, state, propertyOwner));
        VerbError.ThrowIfDenied(await StructureRules.CheckNewPropertyNameAsync(Transaction, state, name, cancellationToken).ConfigureAwait(false));
        await Transaction.ApplyAsync([new ObjectChange(target, new PropertyAdded(new PropertyDefinition(name, value, propertyOwner, bits)))], cancellationToken).ConfigureAwait(false);
        return MooValue.Nil;
    }

    /// <summary>
    /// Adds a verb with no code to <paramref name="target"/> (same rule as properties) and returns its
    /// number on the object; program it with <c>set_verb_code</c>.
    /// </summary>
    public async ValueTask<MooValue> AddVerbAsync(ObjectId target, string names, string? argSpec, string? permissions, ObjectId? owner, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        var who = await ProgrammerAsync(cancellationToken).ConfigureAwait(false);
        var verbOwner = owner ?? who.Id;
        if (!VerbArgSpec.TryParse(argSpec ?? "this none this", out var spec))
            throw new VerbError($"Invalid argument spec '{argSpec}': use 'dobj prep iobj', e.g. 'this none this' or 'any in this'.");
        if (!VerbPermissionsText.TryParse(permissions ?? "rx", out var bits))
            throw new VerbError($"Invalid verb permissions '{permissions}': use the letters r, w, x and d.");
        VerbError.ThrowIfDenied(VerbRules.CanAdd(who, state, verbOwner).Then(() => NameRules.CheckVerbNames(names)));
        var verb = new VerbDefinition(state.NextVerbId, names, verbOwner, bits, spec, "", 1);
        await Transaction.ApplyAsync([new ObjectChange(target, new VerbAdded(verb))], cancellationToken).ConfigureAwait(false);
        return MooValue.Integer(verb.Id);
    }

    /// <summary>Deletes a property <paramref name="target"/> defines, clearing descendants' values of it (its owner, or <c>w</c>).</summary>
    public async ValueTask<MooValue> DeletePropertyAsync(ObjectId target, string name, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        VerbError.ThrowIfDenied(PropertyRules.CanDelete(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), state, name));
        await Transaction.ApplyAsync(await PropertyChanges.DeleteAsync(Transaction, state, name, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return MooValue.Nil;
    }

    /// <summary>Clears <paramref name="target"/>'s own value of an inherited property so that it inherits again (the property's owner on it).</summary>
    public async ValueTask<MooValue> ClearPropertyAsync(ObjectId target, string name, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        var property = await PropertyLookup.ResolveAsync(Transaction, state, name, cancellationToken).ConfigureAwait(false)
            ?? throw new VerbError($"Property not found: {target}.{name}");
        VerbError.ThrowIfDenied(PropertyRules.CanClear(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), property));
        if (!property.IsClear)
            await Transaction.ApplyAsync([new ObjectChange(target, new PropertyCleared(property.Name))], cancellationToken).ConfigureAwait(false);
        return MooValue.Nil;
    }

    /// <summary>Deletes the verb <paramref name="name"/> defined on <paramref name="target"/> (its owner, or <c>w</c>).</summary>
    public async ValueTask<MooValue> DeleteVerbAsync(ObjectId target, string name, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        var verb = state.FindDefinedVerb(name) ?? throw new VerbError($"Verb not found: {target}:{name}");
        VerbError.ThrowIfDenied(VerbRules.CanDelete(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), state));
        await Transaction.ApplyAsync([new ObjectChange(target, new VerbDeleted(verb.Id))], cancellationToken).ConfigureAwait(false);
        return MooValue.Nil;
    }

    /// <summary>LambdaMOO's <c>property_info</c>: <c>{owner, perms}</c> of a property as seen on <paramref name="target"/> (needs read permission on it).</summary>
    public async ValueTask<MooValue> PropertyInfoAsync(ObjectId target, string name, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        var property = await PropertyLookup.ResolveAsync(Transaction, state, name, cancellationToken).ConfigureAwait(false)
            ?? throw new VerbError($"Property not found: {target}.{name}");
        VerbError.ThrowIfDenied(PropertyRules.CanRead(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), property));
        return MooValue.List(property.Owner, PropertyPermissionsText.Format(property.Permissions));
    }

    /// <summary>LambdaMOO's <c>verb_info</c> and <c>verb_args</c>: <c>{owner, perms, names, args}</c> of a verb defined on <paramref name="target"/> (its owner or <c>r</c>).</summary>
    public async ValueTask<MooValue> VerbInfoAsync(ObjectId target, string name, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        var verb = state.FindDefinedVerb(name) ?? throw new VerbError($"Verb not found: {target}:{name}");
        VerbError.ThrowIfDenied(VerbRules.CanRead(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), target, verb));
        return MooValue.List(verb.Owner, VerbPermissionsText.Format(verb.Permissions), verb.Names, verb.ArgSpec.ToString());
    }
}
