using System.Collections.Immutable;
using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Verbs;

public sealed partial class VerbTask
{
    /// <summary>
    /// LambdaMOO's <c>set_property_info(obj, name, info)</c> for a property <paramref name="target"/>
    /// defines: <paramref name="info"/> is <c>{owner, perms[, new_name]}</c> or a map with the keys
    /// <c>owner</c>, <c>perms</c> and <c>name</c>; what it leaves out is kept. Needs write access to the
    /// property; only a wizard gives it to someone else. A new name must be free along every line of
    /// inheritance, and descendants' values follow the rename.
    /// </summary>
    public async ValueTask<MooValue> SetPropertyInfoAsync(ObjectId target, string name, MooValue info, CancellationToken cancellationToken = default)
    {
        var state = await ValidAsync(target, cancellationToken).ConfigureAwait(false);
        var property = await PropertyLookup.ResolveAsync(Transaction, state, name, cancellationToken).ConfigureAwait(false)
            ?? throw new VerbError($"Property not found: {target}.{name}");
        var fields = InfoFields(info, "set_property_info", ["owner", "perms", "name"]);
        var owner = await InfoOwnerAsync(fields, property.Owner, cancellationToken).ConfigureAwait(false);
        var permissions = property.Permissions;
        if (InfoString(fields, "perms") is { } letters && !PropertyPermissionsText.TryParse(letters, out permissions))
            throw new VerbError($"Invalid property permissions '{letters}': use the letters r, w and c.");
        VerbError.ThrowIfDenied(PropertyRules.CanChangeInfo(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), property, owner));
        var newName = InfoString(fields, "name");
        if (newName is not null)
        {
            // A change of case only renames the definition itself, which the clash check would take for a clash.
            VerbError.ThrowIfDenied(MooNames.Equal(newName, property.Name)
                ? NameRules.CheckPropertyName(newName)
                : await StructureRules.CheckNewPropertyNameAsync(Transaction, state, newName, cancellationToken).ConfigureAwait(false));
        }
        var changes = await PropertyChanges.ChangeInfoAsync(Transaction, state, property.Name, newName, owner, permissions, cancellationToken).ConfigureAwait(false);
        await Transaction.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
        return MooValue.Nil;
    }

    /// <summary>
    /// LambdaMOO's <c>set_verb_info(obj, name, info)</c> for a verb <paramref name="target"/> defines:
    /// <paramref name="info"/> is <c>{owner, perms, names}</c> or a map with those keys; what it leaves out
    /// is kept. Needs write access to the verb; only a wizard gives it to someone else.
    /// </summary>
    public async ValueTask<MooValue> SetVerbInfoAsync(ObjectId target, string name, MooValue info, CancellationToken cancellationToken = default)
    {
        var verb = (await ValidAsync(target, cancellationToken).ConfigureAwait(false)).FindDefinedVerb(name)
            ?? throw new VerbError($"Verb not found: {target}:{name}");
        var fields = InfoFields(info, "set_verb_info", ["owner", "perms", "names"]);
        var owner = await InfoOwnerAsync(fields, verb.Owner, cancellationToken).ConfigureAwait(false);
        var permissions = verb.Permissions;
        if (InfoString(fields, "perms") is { } letters && !VerbPermissionsText.TryParse(letters, out permissions))
            throw new VerbError($"Invalid verb permissions '{letters}': use the letters r, w, x and d.");
        var names = InfoString(fields, "names") ?? verb.Names;
        VerbError.ThrowIfDenied(VerbRules.CanChangeInfo(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), target, verb, owner)
            .Then(() => NameRules.CheckVerbNames(names)));
        await Transaction.ApplyAsync([new ObjectChange(target, new VerbInfoChanged(verb.Id, names, owner, permissions))], cancellationToken).ConfigureAwait(false);
        return MooValue.Nil;
    }

    /// <summary>LambdaMOO's <c>verb_args(obj, name)</c>: <c>{dobj, prep, iobj}</c> of a verb <paramref name="target"/> defines (its owner or <c>r</c>).</summary>
    public async ValueTask<MooValue> VerbArgsAsync(ObjectId target, string name, CancellationToken cancellationToken = default)
    {
        var verb = (await ValidAsync(target, cancellationToken).ConfigureAwait(false)).FindDefinedVerb(name)
            ?? throw new VerbError($"Verb not found: {target}:{name}");
        VerbError.ThrowIfDenied(VerbRules.CanRead(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), target, verb));
        var spec = verb.ArgSpec;
        return MooValue.List(ArgWord(spec.Dobj), PrepositionTable.Format(spec.Prep), ArgWord(spec.Iobj));
    }

    /// <summary>
    /// LambdaMOO's <c>set_verb_args(obj, name, {dobj, prep, iobj})</c> for a verb <paramref name="target"/>
    /// defines (the argument spec may also be one string, <c>"any in this"</c>). Needs write access to the verb.
    /// </summary>
    public async ValueTask<MooValue> SetVerbArgsAsync(ObjectId target, string name, MooValue args, CancellationToken cancellationToken = default)
    {
        var verb = (await ValidAsync(target, cancellationToken).ConfigureAwait(false)).FindDefinedVerb(name)
            ?? throw new VerbError($"Verb not found: {target}:{name}");
        var text = args.Kind switch
        {
            MooValueKind.String => args.AsString(),
            MooValueKind.List when args.AsList() is { Length: 3 } parts && parts.All(p => p.Kind == MooValueKind.String) =>
                string.Join(' ', parts.Select(p => p.AsString())),
            _ => null,
        };
        if (text is null || !VerbArgSpec.TryParse(text, out var spec))
            throw new VerbError("Invalid argument spec: use {dobj, prep, iobj}, e.g. {\"any\", \"in\", \"this\"}.");
        VerbError.ThrowIfDenied(VerbRules.CanWrite(await ProgrammerAsync(cancellationToken).ConfigureAwait(false), target, verb));
        await Transaction.ApplyAsync([new ObjectChange(target, new VerbArgsChanged(verb.Id, spec))], cancellationToken).ConfigureAwait(false);
        return MooValue.Nil;
    }

    /// <summary>
    /// The fields of an info argument by key: a list is read positionally in the order of
    /// <paramref name="keys"/> (LambdaMOO's form), a map by key (unknown keys are refused, so a typo is not ignored).
    /// </summary>
    private static Dictionary<string, MooValue> InfoFields(MooValue info, string function, ImmutableArray<string> keys)
    {
        var fields = new Dictionary<string, MooValue>(StringComparer.Ordinal);
        if (info.Kind == MooValueKind.List)
        {
            var items = info.AsList();
            if (items.Length > keys.Length)
                throw new VerbError($"{function}: the info list has at most {keys.Length} items ({string.Join(", ", keys)}).");
            for (var i = 0; i < items.Length; i++)
                fields[keys[i]] = items[i];
            return fields;
        }
        if (info.Kind != MooValueKind.Map)
            throw new VerbError($"{function}: the info must be a table with {string.Join(", ", keys)}.");
        foreach (var (key, value) in info.AsMap())
        {
            if (key.Kind != MooValueKind.String || !keys.Contains(key.AsString()))
                throw new VerbError($"{function}: unknown info key {key}; the keys are {string.Join(", ", keys)}.");
            fields[key.AsString()] = value;
        }
        return fields;
    }

    /// <summary>The info's new owner, which must be a valid object, or <paramref name="current"/> when it names none.</summary>
    private async ValueTask<ObjectId> InfoOwnerAsync(Dictionary<string, MooValue> fields, ObjectId current, CancellationToken cancellationToken)
    {
        if (!fields.TryGetValue("owner", out var value) || value.IsNil)
            return current;
        if (value.Kind != MooValueKind.Object)
            throw new VerbError("The owner must be an object.");
        var owner = value.AsObject();
        if (owner != current)
            await ValidAsync(owner, cancellationToken).ConfigureAwait(false);
        return owner;
    }

    private static string ArgWord(ObjectArgSpec spec) => spec switch
    {
        ObjectArgSpec.Any => "any",
        ObjectArgSpec.This => "this",
        _ => "none",
    };

    private static string? InfoString(Dictionary<string, MooValue> fields, string key)
    {
        if (!fields.TryGetValue(key, out var value) || value.IsNil)
            return null;
        return value.Kind == MooValueKind.String ? value.AsString() : throw new VerbError($"The {key} must be a string.");
    }
}
