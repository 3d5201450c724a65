using System.Collections.Immutable;
using System.Text.Json.Serialization;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// Everything one MOO object is, as immutable data: what an object actor holds, what a snapshot
/// stores and what the resolution and permission functions read. Change it only by applying
/// events (<see cref="ObjectEvents.Apply"/>), so that journal replay rebuilds it exactly.
/// Equality is structural (collections compare by content).
/// </summary>
public sealed partial record ObjectState
{
    /// <summary>The object's number, <c>#123</c>.</summary>
    public required ObjectId Id { get; init; }

    /// <summary>The object's name as players see it.</summary>
    public required string Name { get; init; }

    /// <summary>Other names the command parser matches the object by (<c>lamp</c>, <c>light</c>).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>The object's owner (a player; a player usually owns itself).</summary>
    public required ObjectId Owner { get; init; }

    /// <summary>
    /// The direct parents, in order; the order decides inheritance (see
    /// <see cref="Ancestry.ResolutionOrderAsync"/>). Empty for a root object.
    /// </summary>
    public ImmutableArray<ObjectId> Parents { get; init; } = [];

    /// <summary>The objects that list this one among their parents, kept consistent by <see cref="Reparenting"/>.</summary>
    public ImmutableArray<ObjectId> Children { get; init; } = [];

    /// <summary>Where the object is; <see cref="SpecialObjects.Nothing"/> when nowhere.</summary>
    public ObjectId Location { get; init; } = SpecialObjects.Nothing;

    /// <summary>The objects whose location is this one, in arrival order, kept consistent by <see cref="Movement"/>.</summary>
    public ImmutableArray<ObjectId> Contents { get; init; } = [];

    /// <summary>The player, programmer, wizard, read, write and fertile bits.</summary>
    public ObjectFlags Flags { get; init; }

    /// <summary>The properties this object defines (not inherited ones), in definition order.</summary>
    public ImmutableArray<PropertyDefinition> Properties { get; init; } = [];

    /// <summary>This object's own values of properties it inherits, in the order they were first set.</summary>
    public ImmutableArray<PropertyOverride> Overrides { get; init; } = [];

    /// <summary>The verbs this object defines, in definition order.</summary>
    public ImmutableArray<VerbDefinition> Verbs { get; init; } = [];

    /// <summary>The id the next added verb gets; verb ids are never reused on this object.</summary>
    public int NextVerbId { get; init; } = 1;

    /// <summary>
    /// Grows by one with every applied event: a task that read version n may commit only if the
    /// object is still at version n (optimistic concurrency).
    /// </summary>
    public long Version { get; init; }

    /// <summary>
    /// How many of the events counted by <see cref="Version"/> were membership changes
    /// (<see cref="MembershipDeltas"/>): the part of the version that only the contents and children
    /// lists moved.
    /// </summary>
    public long MembershipVersion { get; init; }

    /// <summary>
    /// The version of everything but the contents and children lists: it stays put when members come
    /// and go, so a task that did not use those lists is not disturbed by other tasks' moves.
    /// </summary>
    [JsonIgnore]
    public long CoreVersion => Version - MembershipVersion;

    /// <summary>True once the object was recycled: it is no longer valid and accepts no events.</summary>
    public bool Recycled { get; init; }

    /// <summary>True when the object exists for the world: not recycled.</summary>
    [JsonIgnore]
    public bool IsValid => !Recycled;

    /// <summary>True when the object has the given flag bit(s).</summary>
    public bool Has(ObjectFlags flag) => (Flags & flag) == flag;

    /// <summary>The property this object defines under <paramref name="name"/>, or null.</summary>
    public PropertyDefinition? FindDefinedProperty(string name)
    {
        foreach (var property in Properties)
        {
            if (property.IsNamed(name)) return property;
        }
        return null;
    }

    /// <summary>This object's override of the inherited property <paramref name="name"/>, or null when clear.</summary>
    public PropertyOverride? FindOverride(string name)
    {
        foreach (var value in Overrides)
        {
            if (value.IsNamed(name)) return value;
        }
        return null;
    }

    /// <summary>The verb with the given id, or null.</summary>
    public VerbDefinition? FindVerb(int verbId)
    {
        foreach (var verb in Verbs)
        {
            if (verb.Id == verbId) return verb;
        }
        return null;
    }

    /// <summary>The first verb defined here (not inherited) with a name matching <paramref name="word"/>, or null.</summary>
    public VerbDefinition? FindDefinedVerb(string word)
    {
        foreach (var verb in Verbs)
        {
            if (verb.IsNamed(word)) return verb;
        }
        return null;
    }

    /// <summary>True when <paramref name="name"/> equals the name or an alias, ignoring case.</summary>
    public bool IsCalled(string name) =>
        MooNames.Equal(Name, name) || Aliases.Any(alias => MooNames.Equal(alias, name));

    /// <summary>A short reference for messages, <c>#12 (Lamp)</c>.</summary>
    public string Describe() => $"{Id} ({Name})";
}
