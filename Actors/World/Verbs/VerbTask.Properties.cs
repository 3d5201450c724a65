using System.Collections.Immutable;
using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Verbs;

public sealed partial class VerbTask
{
    /// <summary>
    /// What <c>obj.key</c> means: <c>{true, value}</c> for a built-in or readable property,
    /// <c>{false}</c> when <paramref name="key"/> names a verb (the prelude turns it into a method).
    /// </summary>
    /// <exception cref="VerbError">Invalid object, unreadable property, or no property or verb of that name.</exception>
    public async ValueTask<MooValue> IndexAsync(ObjectId target, string key, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        if (BuiltinValue(state, key) is { } builtin)
            return MooValue.List(MooValue.True, builtin);
        var property = await PropertyLookup.ResolveAsync(Transaction, state, key, cancellationToken).ConfigureAwait(false);
        if (property is not null)
        {
            VerbError.ThrowIfDenied(PropertyRules.CanRead(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), property));
            return MooValue.List(MooValue.True, property.Value);
        }
        if (await VerbLookup.FindAsync(Transaction, state, verb => verb.IsNamed(key), cancellationToken).ConfigureAwait(false) is not null)
            return MooValue.List(MooValue.False);
        throw new VerbError($"Property not found: {target}.{key}");
    }

    /// <summary>What <c>obj.key = value</c> does: renames for <c>name</c>, otherwise writes the property with the running verb's permissions.</summary>
    /// <exception cref="VerbError">Invalid object, permission denied, a read-only built-in, or no such property.</exception>
    public async ValueTask<MooValue> SetPropertyAsync(ObjectId target, string key, MooValue value, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        var who = await ProgrammerAsync(cancellationToken).ConfigureAwait(false);
        if (MooNames.Equal(key, "name"))
        {
            if (value.Kind != MooValueKind.String)
                throw new VerbError("A name must be a string.");
            VerbError.ThrowIfDenied(ObjectRules.CanRename(who, state).Then(() => NameRules.CheckObjectName(value.AsString())));
            await Transaction.ApplyAsync([new ObjectChange(target, new ObjectRenamed(value.AsString()))], cancellationToken).ConfigureAwait(false);
            return value;
        }
        if (NameRules.BuiltinProperties.Contains(key))
            return await SetBuiltinAsync(state, who, key.ToLowerInvariant(), value, cancellationToken).ConfigureAwait(false);
        var property = await PropertyLookup.ResolveAsync(Transaction, state, key, cancellationToken).ConfigureAwait(false)
            ?? throw new VerbError($"Property not found: {target}.{key}");
        VerbError.ThrowIfDenied(PropertyRules.CanWrite(who, property));
        await Transaction.ApplyAsync([new ObjectChange(target, new PropertyValueSet(property.Name, value))], cancellationToken).ConfigureAwait(false);
        return value;
    }

    /// <summary>
    /// Assigns a built-in: <c>owner</c> (wizards only), the flags <c>player programmer wizard</c>
    /// (wizards only) and <c>r w f</c> (the owner), <c>aliases</c> (the owner) and <c>parents</c>
    /// (the owner; new parents fertile or the owner's; no cycles or name clashes). <c>location</c>
    /// changes with <c>move</c>; <c>contents</c> and <c>children</c> follow from the other objects.
    /// </summary>
    private async ValueTask<MooValue> SetBuiltinAsync(ObjectState state, Principal who, string key, MooValue value, CancellationToken cancellationToken)
    {
        ObjectEvent change;
        switch (key)
        {
            case "owner":
                VerbError.ThrowIfDenied(ObjectRules.CanChangeOwner(who, state));
                change = new OwnerChanged(ExpectObject(value, key));
                break;
            case "aliases":
                VerbError.ThrowIfDenied(ObjectRules.CanSetAliases(who, state));
                change = new AliasesSet([.. ExpectList(value, key).Select(alias => alias.Kind == MooValueKind.String ? alias.AsString() : throw new VerbError("Aliases must be strings."))]);
                break;
            case "parents":
                return await SetParentsAsync(state, who, [.. ExpectList(value, key).Select(parent => ExpectObject(parent, key))], cancellationToken).ConfigureAwait(false);
            case "programmer" or "wizard" or "r" or "w" or "f":
                if (value.Kind != MooValueKind.Boolean)
                    throw new VerbError($"{state.Id}.{key} must be true or false.");
                var flag = FlagOf(key);
                var flags = value.AsBoolean() ? state.Flags | flag : state.Flags & ~flag;
                VerbError.ThrowIfDenied(ObjectRules.CanSetFlags(who, state, flags));
                change = new FlagsChanged(flags);
                break;
            default:
                throw new VerbError($"{state.Id}.{key} cannot be assigned: {(key == "location" ? "use move()" : "it follows from the other objects")}.");
        }
        await Transaction.ApplyAsync([new ObjectChange(state.Id, change)], cancellationToken).ConfigureAwait(false);
        return value;
    }

    private async ValueTask<MooValue> SetParentsAsync(ObjectState state, Principal who, ImmutableArray<ObjectId> parents, CancellationToken cancellationToken)
    {
        var parentStates = new List<ObjectState>(parents.Length);
        foreach (var parent in parents)
            parentStates.Add(await ValidAsync(parent, cancellationToken).ConfigureAwait(false));
        VerbError.ThrowIfDenied(ObjectRules.CanChangeParents(who, state, parentStates));
        VerbError.ThrowIfDenied(await StructureRules.CheckNewParentsAsync(Transaction, state, parents, cancellationToken).ConfigureAwait(false));
        await Transaction.ApplyAsync(await Reparenting.PlanAsync(Transaction, state, parents, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return MooValue.List(parents.Select(MooValue.Object));
    }

    private static ObjectFlags FlagOf(string key) => key switch
    {
        "programmer" => ObjectFlags.Programmer,
        "wizard" => ObjectFlags.Wizard,
        "r" => ObjectFlags.Read,
        "w" => ObjectFlags.Write,
        _ => ObjectFlags.Fertile,
    };

    private static ObjectId ExpectObject(MooValue value, string key) =>
        value.Kind == MooValueKind.Object ? value.AsObject() : throw new VerbError($"{key} takes objects.");

    private static ImmutableArray<MooValue> ExpectList(MooValue value, string key) =>
        value.Kind == MooValueKind.List ? value.AsList() : throw new VerbError($"{key} takes a list.");

    /// <summary>
    /// Replaces the code of the verb <paramref name="name"/> defined on <paramref name="target"/>
    /// (the verb's owner or its <c>w</c> bit, and the programmer flag, as in LambdaMOO).
    /// </summary>
    public async ValueTask<MooValue> SetVerbCodeAsync(ObjectId target, string name, string code, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        var verb = state.FindDefinedVerb(name) ?? throw new VerbError($"Verb not found: {target}:{name}");
        VerbError.ThrowIfDenied(VerbRules.CanProgram(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), target, verb));
        await Transaction.ApplyAsync([new ObjectChange(target, new VerbCodeSet(verb.Id, code))], cancellationToken).ConfigureAwait(false);
        return MooValue.Nil;
    }

    /// <summary>The code of the verb <paramref name="name"/> defined on <paramref name="target"/> (its owner or <c>r</c>).</summary>
    public async ValueTask<MooValue> VerbCodeAsync(ObjectId target, string name, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        var verb = state.FindDefinedVerb(name) ?? throw new VerbError($"Verb not found: {target}:{name}");
        VerbError.ThrowIfDenied(VerbRules.CanRead(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), target, verb));
        return verb.Code;
    }

    /// <summary>The built-in property <paramref name="key"/> of <paramref name="state"/>, or null when it is not a built-in name.</summary>
    /// <remarks>The arms are typed explicitly: an untyped <c>null</c> arm would convert through MooValue's
    /// string conversion and come out as a non-null nil. Reading <c>contents</c> or <c>children</c> makes
    /// the list part of what the task read (<see cref="IObjectLookup.NoteMembershipRead"/>): verb code
    /// acts on what it gets.</remarks>
    private MooValue? BuiltinValue(ObjectState state, string key) => key.ToLowerInvariant() switch
    {
        "name" => state.Name,
        "owner" => state.Owner,
        "location" => state.Location,
        "contents" => Objects(Transaction.ContentsOf(state)),
        "parents" => Objects(state.Parents),
        "children" => Objects(Transaction.ChildrenOf(state)),
        "aliases" => MooValue.List(state.Aliases.Select(MooValue.String)),
        "programmer" => state.Has(ObjectFlags.Programmer),
        "wizard" => state.Has(ObjectFlags.Wizard),
        "r" => state.Has(ObjectFlags.Read),
        "w" => state.Has(ObjectFlags.Write),
        "f" => state.Has(ObjectFlags.Fertile),
        _ => (MooValue?)null,
    };

    private static MooValue Objects(IEnumerable<ObjectId> ids) => MooValue.List(ids.Select(MooValue.Object));
}
