using ActorMoo.Actors.Model;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.WorldFiles;

/// <summary>
/// A world image with everything the format must carry exactly: $-names and an ordinary object
/// property on #0, a name that is no safe file name, multiple parents, aliases, contents and
/// children out of id order, non-default owners and bits, verb ids with gaps, two verbs with one
/// first name, help with and without code, awkward values and text, and recycled ids.
/// </summary>
internal static class SampleImage
{
    public static readonly ObjectId System = new(0), Root = new(1), Wizard = new(2), Thing = new(4), Room = new(5), Mixin = new(6);

    private static readonly VerbPermissions Rx = VerbPermissions.Read | VerbPermissions.Execute;

    public static WorldImage Create() => new(9, [
        new ObjectState
        {
            Id = System, Name = "System Object", Owner = Wizard, Parents = [Root],
            Properties =
            [
                new("root", MooValue.Object(Root), Wizard, PropertyPermissions.Read),
                new("Weird-Name", MooValue.Object(Thing), Wizard, PropertyPermissions.Read),
                new("home", MooValue.Object(Room), Wizard, PropertyPermissions.Read | PropertyPermissions.Write),
                new("arch", MooValue.Object(Wizard), Wizard, PropertyPermissions.Read),
                new("gone", MooValue.Object(new ObjectId(3)), Wizard, PropertyPermissions.Read),
            ],
        },
        new ObjectState
        {
            Id = Root, Name = "Root Class", Owner = Wizard, Flags = ObjectFlags.Fertile | ObjectFlags.Read,
            Children = [Mixin, Room, Thing, System],
            Properties = [new("description", MooValue.String("Nothing special.\n\"Quoted\", café ☕"), Wizard, PropertyPermissions.Read | PropertyPermissions.Chown)],
            Verbs =
            [
                new(1, "l*ook", Wizard, Rx, VerbArgSpec.AnyAnyAny, VerbHelp.Join("Usage: look\n", "return this.description\n"), 4),
                new(3, "look_self", Wizard, Rx | VerbPermissions.Debug, VerbArgSpec.ThisNoneThis, "local s = [[a]] .. ']]'\r\nreturn s", 1),
                new(4, "look* other", System, VerbPermissions.Read, new VerbArgSpec(ObjectArgSpec.This, Preposition.Any, ObjectArgSpec.None), "return 2", 2),
                new(7, "help_only", Wizard, Rx, VerbArgSpec.NoneNoneNone, VerbHelp.Join("Only help.", ""), 1),
                new(8, "empty", Wizard, VerbPermissions.None, VerbArgSpec.ThisNoneThis, "", 1),
            ],
            NextVerbId = 9,
        },
        new ObjectState { Id = Wizard, Name = "Wizard", Aliases = ["wiz", "The Boss"], Owner = Wizard, Location = Room, Flags = ObjectFlags.Player | ObjectFlags.Programmer | ObjectFlags.Wizard },
        new ObjectState
        {
            Id = Thing, Name = "thing", Owner = Wizard, Parents = [Root, Mixin], Location = Room,
            Overrides =
            [
                new("weight", MooValue.Float(2.5)),
                new("description", MooValue.List(MooValue.Integer(1), MooValue.Nil, MooValue.Object(Room),
                    MooValue.Map([new(MooValue.String("$odd"), MooValue.Float(double.NaN)), new(MooValue.Integer(2), MooValue.True)]))),
            ],
        },
        new ObjectState { Id = Room, Name = "Room", Owner = Wizard, Parents = [Root], Contents = [Thing, Wizard] },
        new ObjectState
        {
            Id = Mixin, Name = "heavy", Owner = System, Parents = [Root], Children = [Thing],
            Properties = [new("weight", MooValue.Integer(1), Wizard, PropertyPermissions.None)],
        },
    ]);

    /// <summary>What a load keeps of a state: event versions and verb code versions start again, the verb id counter follows the verbs.</summary>
    public static ObjectState Normalized(ObjectState state) => state with
    {
        Version = 0,
        MembershipVersion = 0,
        Verbs = [.. state.Verbs.Select(v => v with { Version = 1 })],
        NextVerbId = state.Verbs.IsEmpty ? 1 : state.Verbs.Max(v => v.Id) + 1,
    };

    /// <summary>The normalized states of an image, for comparing two images.</summary>
    public static List<ObjectState> NormalizedObjects(WorldImage image) => [.. image.Objects.Select(Normalized)];
}
