using ActorMoo.Actors.Model;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.WorldFiles;

public sealed class WorldReaderTests
{
    private static readonly ObjectId Wizard = new(3);

    private static ObjectState Object(WorldImage image, long id) => image.Objects.Single(o => o.Id == new ObjectId(id));

    private static string Refusal(SampleTree tree) =>
        Assert.Throws<WorldFileException>(() => WorldReader.Read(tree.Files())).Message;

    [Fact]
    public void Read_must_resolve_names_and_apply_the_documented_defaults()
    {
        var image = WorldReader.Read(new SampleTree().Files());

        Assert.Equal(6, image.NextId);
        Assert.Equal([0, 1, 2, 3, 5], image.Objects.Select(o => o.Id.Value));
        var lobby = Object(image, 5);
        Assert.Equal(Wizard, lobby.Owner);
        Assert.Equal<ObjectId>([new ObjectId(2)], lobby.Parents);
        Assert.Equal<string>(["hall"], lobby.Aliases);
        var root = Object(image, 1);
        Assert.Equal(new PropertyDefinition("description", MooValue.String(""), Wizard, PropertyPermissions.Read | PropertyPermissions.Chown), root.Properties.Single());
        Assert.Equal(ObjectFlags.Fertile, root.Flags);
        var look = root.Verbs.Single();
        Assert.Equal((1, "l*ook", "any any any", VerbPermissions.Read | VerbPermissions.Execute, Wizard), (look.Id, look.Names, look.ArgSpec.ToString(), look.Permissions, look.Owner));
        Assert.Equal(new PropertyOverride("description", MooValue.String("A room.")), Object(image, 2).Overrides.Single());
    }

    [Fact]
    public void Read_must_define_the_dollar_names_first_among_the_system_objects_properties()
    {
        var system = Object(WorldReader.Read(new SampleTree().Files()), 0);

        Assert.Equal(["system", "root", "room", "wiz", "motd"], system.Properties.Select(p => p.Name));
        Assert.Equal(new PropertyDefinition("room", MooValue.Object(new ObjectId(2)), Wizard, PropertyPermissions.Read), system.Properties[2]);
    }

    [Fact]
    public void Read_must_derive_unlisted_contents_and_children_in_id_order()
    {
        var image = WorldReader.Read(new SampleTree().Files());

        Assert.Equal<ObjectId>([Wizard], Object(image, 5).Contents);
        Assert.Equal<ObjectId>([new ObjectId(0), new ObjectId(2), Wizard], Object(image, 1).Children);
        Assert.Equal<ObjectId>([new ObjectId(5)], Object(image, 2).Children);
    }

    [Fact]
    public void Read_must_put_the_help_text_into_the_verb_code_as_a_leading_comment()
    {
        var look = Object(WorldReader.Read(new SampleTree().Files()), 1).Verbs.Single();

        Assert.Equal("--[[help\nUsage: look [thing]\n]]\nplayer:tell(this.description)\n", look.Code);
    }

    [Fact]
    public void Read_must_keep_other_top_level_json_files_as_sections()
    {
        var image = WorldReader.Read(new SampleTree().With("accounts.json", "[]\n").Files());

        Assert.Equal(["accounts.json"], image.Sections.Keys);
    }

    [Fact]
    public void A_reference_to_a_missing_object_must_be_refused()
    {
        var message = Refusal(new SampleTree().With("objects/o5.json", """{ "id": 5, "name": "Lobby", "owner": "#3", "parents": ["#4"] }"""));

        Assert.Contains("objects/o5.json (#5): the parent #4 is not another object of this world.", message);
    }

    [Fact]
    public void An_unknown_dollar_name_must_be_refused()
    {
        var message = Refusal(new SampleTree().With("objects/o5.json", """{ "id": 5, "name": "Lobby", "owner": "$nobody" }"""));

        Assert.Contains("'$nobody' is not a $-name listed in world.json", message);
    }

    [Fact]
    public void Invalid_json_must_be_refused_naming_the_file()
    {
        var message = Refusal(new SampleTree().With("objects/room.json", """{ "id": 2, """));

        Assert.Contains("objects/room.json: not valid JSON", message);
    }

    [Fact]
    public void An_unknown_key_must_be_refused()
    {
        var message = Refusal(new SampleTree().With("objects/o5.json", """{ "id": 5, "name": "Lobby", "owner": "#3", "colour": "red" }"""));

        Assert.Contains("objects/o5.json: unknown key 'colour'", message);
    }

    [Fact]
    public void A_file_no_object_refers_to_must_be_refused()
    {
        var message = Refusal(new SampleTree().With("objects/root/stray.lua", "return 1"));

        Assert.Contains("objects/root/stray.lua: unexpected file", message);
    }

    [Fact]
    public void A_missing_verb_file_must_be_refused()
    {
        var message = Refusal(new SampleTree().Without("objects/root/look.help.md"));

        Assert.Contains("the file objects/root/look.help.md is missing", message);
    }

    [Fact]
    public void A_property_defined_twice_along_a_line_of_inheritance_must_be_refused()
    {
        var message = Refusal(new SampleTree().With("objects/room.json", """
            { "id": 2, "name": "Generic Room", "owner": "$wiz", "parents": ["$root"], "properties": { "Description": { "value": 1 } } }
            """));

        Assert.Contains("the property 'description' is defined on both", message);
    }

    [Fact]
    public void A_value_of_a_property_that_is_not_inherited_must_be_refused()
    {
        var message = Refusal(new SampleTree().With("objects/o5.json", """{ "id": 5, "name": "Lobby", "owner": "#3", "parents": ["$room"], "values": { "colour": "red" } }"""));

        Assert.Contains("values sets 'colour', which is not a property this object inherits", message);
    }

    [Fact]
    public void Bad_verb_args_must_be_refused()
    {
        var message = Refusal(new SampleTree().With("objects/root.json", """
            { "id": 1, "name": "Root Class", "owner": "$wiz", "verbs": [ { "names": "look", "args": "any sideways any" } ] }
            """).Without("objects/root/look.lua").Without("objects/root/look.help.md"));

        Assert.Contains("objects/root.json: verb 1 (look): args 'any sideways any'", message);
    }

    [Fact]
    public void Two_files_with_one_id_must_be_refused()
    {
        var message = Refusal(new SampleTree().With("objects/o9.json", """{ "id": 5, "name": "Copy", "owner": "#3" }"""));

        Assert.Contains("object #5 is also defined by another file", message);
    }

    [Fact]
    public void An_inheritance_cycle_must_be_refused()
    {
        var message = Refusal(new SampleTree().With("objects/root.json", """{ "id": 1, "name": "Root Class", "owner": "$wiz", "parents": ["$room"] }""")
            .Without("objects/root/look.lua").Without("objects/root/look.help.md"));

        Assert.Contains("inherits from itself", message);
    }

    [Fact]
    public void Listed_contents_that_disagree_with_locations_must_be_refused()
    {
        var message = Refusal(new SampleTree().With("objects/o5.json", """{ "id": 5, "name": "Lobby", "owner": "#3", "parents": ["$room"], "contents": [] }"""));

        Assert.Contains("contents does not list every object located here", message);
    }

    [Fact]
    public void An_id_at_or_above_nextId_must_be_refused()
    {
        var message = Refusal(new SampleTree().With("objects/o9.json", """{ "id": 9, "name": "Late", "owner": "#3" }"""));

        Assert.Contains("(#9): the id must be between #0 and nextId - 1", message);
    }

    [Fact]
    public void Every_problem_must_be_reported_together()
    {
        var error = Assert.Throws<WorldFileException>(() => WorldReader.Read(new SampleTree()
            .With("objects/o5.json", """{ "id": 5, "name": "Lobby", "owner": "$nobody" }""")
            .With("objects/room.json", "{").Files()));

        Assert.Equal(2, error.Problems.Count);
    }
}
