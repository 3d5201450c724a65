using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Verbs;

public sealed class VerbExecutorTests() : VerbTestKit(new WorldSettings { MaxAttempts = 50 })
{
    [Fact]
    public async Task Verb_must_call_a_verb_on_another_object_and_get_its_result()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(lamp, "describe", "return 'a ' .. this.name .. ' seen by ' .. tostring(caller) .. ' for ' .. tostring(player)", Alice);
        await AddVerbAsync(Hall, "show", "return args[1]:describe()", Wizard);

        var result = await CallCommittedAsync(Bob, Hall, "show", lamp);

        Assert.Equal($"a Lamp seen by {Hall} for {Bob}", result.AsString());
    }

    [Fact]
    public async Task Handles_must_read_inherited_values_and_write_overrides()
    {
        var generic = await CreateAsync("generic thing", Alice);
        await AddPropertyAsync(generic, "description", "Nothing special.", Alice, PropertyPermissions.Read | PropertyPermissions.Chown);
        var lamp = await CreateAsync("Lamp", Alice, generic);
        await AddVerbAsync(lamp, "polish", "local before = this.description\nthis.description = 'Shiny.'\nreturn before", Alice);

        Assert.Equal("Nothing special.", (await CallCommittedAsync(Alice, lamp, "polish")).AsString());

        Assert.Equal(MooValue.String("Shiny."), (await CommittedAsync(lamp)).FindOverride("description")!.Value);
        Assert.Equal(MooValue.String("Nothing special."), (await CommittedAsync(generic)).FindDefinedProperty("description")!.Value);
    }

    [Fact]
    public async Task Verb_that_moves_an_item_and_then_raises_must_leave_the_item_where_it_was()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await MoveAsync(lamp, Hall);
        await AddVerbAsync(lamp, "carry", "move(this, args[1])\nnotify(player, 'moved')\nerror('the floor gave way')", Alice);

        var message = await CallFailingAsync(Alice, lamp, "carry", Kitchen);

        Assert.Contains("the floor gave way", message, StringComparison.Ordinal);
        Assert.Equal(Hall, (await CommittedAsync(lamp)).Location);
        Assert.Contains(lamp, (await CommittedAsync(Hall)).Contents);
        Assert.DoesNotContain(lamp, (await CommittedAsync(Kitchen)).Contents);
        Assert.Empty(Sink.Released);
    }

    [Fact]
    public async Task Verb_that_exceeds_its_step_budget_must_leave_the_world_unchanged()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddPropertyAsync(lamp, "lit", false, Alice);
        await AddVerbAsync(lamp, "spin", "this.lit = true\nmove(this, args[1])\nwhile true do end", Alice);

        var outcome = await CallAsync(Alice, lamp, "spin", Kitchen);

        var failure = Assert.IsType<VerbFailedException>(outcome.Error);
        Assert.Equal("budget.steps", failure.Error.Code);
        var state = await CommittedAsync(lamp);
        Assert.Equal(MooValue.False, state.FindDefinedProperty("lit")!.Value);
        Assert.Equal(SpecialObjects.Nothing, state.Location);
    }

    [Fact]
    public async Task Concurrent_verbs_fighting_over_one_item_must_all_commit_with_consistent_locations()
    {
        var lamp = await CreateAsync("Lamp", Wizard);
        await MoveAsync(lamp, Hall);
        await AddVerbAsync(lamp, "fetch", "local from = this.location\nmove(this, args[1])\nreturn from", Wizard);
        var rooms = new[] { Hall, Kitchen };

        var calls = Enumerable.Range(0, 8).Select(i => Task.Run(() => CallAsync(Wizard, lamp, "fetch", rooms[i % 2])));
        var outcomes = await Task.WhenAll(calls);

        Assert.All(outcomes, o => Assert.True(o.IsCommitted, o.Message));
        var location = (await CommittedAsync(lamp)).Location;
        Assert.Equal(location == Hall, (await CommittedAsync(Hall)).Contents.Contains(lamp));
        Assert.Equal(location == Kitchen, (await CommittedAsync(Kitchen)).Contents.Contains(lamp));
    }

    [Fact]
    public async Task Output_must_be_released_only_when_the_task_commits()
    {
        await AddVerbAsync(Hall, "greet", "notify(player, 'Hello, ' .. player.name)\ntell(player, 'Welcome.')", Wizard);

        await CallCommittedAsync(Alice, Hall, "greet");

        Assert.Equal(["Hello, Alice", "Welcome."], Sink.TextFor(Alice));
    }

    [Fact]
    public async Task Announce_must_reach_the_players_in_the_room_except_those_excluded()
    {
        await MoveAsync(Alice, Hall);
        await MoveAsync(Bob, Hall);
        await AddVerbAsync(Hall, "shout", "announce(this, 'A shout!', player)", Wizard);

        await CallCommittedAsync(Alice, Hall, "shout");

        Assert.Empty(Sink.TextFor(Alice));
        Assert.Equal(["A shout!"], Sink.TextFor(Bob));
    }

    [Fact]
    public async Task Verb_must_create_and_recycle_objects()
    {
        var generic = await CreateAsync("generic thing", Alice);
        await ApplyAsync(generic, new FlagsChanged(ObjectFlags.Fertile));
        await AddVerbAsync(Hall, "make", "local o = create(args[1])\no.name = 'Widget'\nreturn o", Bob);
        await AddVerbAsync(Hall, "unmake", "recycle(args[1])\nreturn valid(args[1])", Bob);

        var widget = (await CallCommittedAsync(Bob, Hall, "make", generic)).AsObject();
        var created = await CommittedAsync(widget);
        Assert.Equal("Widget", created.Name);
        Assert.Equal(Bob, created.Owner);
        Assert.Contains(widget, (await CommittedAsync(generic)).Children);

        Assert.Equal(MooValue.False, await CallCommittedAsync(Bob, Hall, "unmake", widget));
        Assert.True((await CommittedAsync(widget)).Recycled);
    }

    [Fact]
    public async Task Sys_must_name_the_properties_of_the_system_object()
    {
        await AddPropertyAsync(System, "room", Hall, Wizard);
        await AddVerbAsync(Kitchen, "where", "return sys.room", Wizard);

        Assert.Equal(MooValue.Object(Hall), await CallCommittedAsync(Alice, Kitchen, "where"));
    }

    [Fact]
    public async Task Builtin_queries_must_answer_from_the_tasks_view()
    {
        await AddVerbAsync(Hall, "facts", "return { is_player(player), is_wizard(player), valid(0), parents(this), task_id() > 0 }", Wizard);

        var facts = (await CallCommittedAsync(Alice, Hall, "facts")).AsList().ToArray();

        Assert.Equal(new[] { MooValue.True, MooValue.False, MooValue.False, MooValue.EmptyList, MooValue.True }, facts);
    }

    [Fact]
    public async Task Json_must_round_trip_world_values()
    {
        await AddVerbAsync(Hall, "echo", "local text = json.encode({ name = 'box', where = this })\nreturn { text, json.decode(text).where }", Wizard);

        var result = (await CallCommittedAsync(Alice, Hall, "echo")).AsList();

        Assert.Equal($"{{\"name\":\"box\",\"where\":{{\"$obj\":{Hall.Value}}}}}", result[0].AsString());
        Assert.Equal(MooValue.Object(Hall), result[1]);
    }

    [Fact]
    public async Task Calling_a_missing_verb_must_fail_with_a_clear_message()
    {
        await AddVerbAsync(Hall, "oops", "return this:nonexistent()", Wizard);

        var message = await CallFailingAsync(Alice, Hall, "oops");

        Assert.Contains($"Property not found: {Hall}.nonexistent", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gmcp_messages_must_be_released_with_the_commit()
    {
        await AddVerbAsync(Hall, "vitals", "gmcp(player, 'Char.Vitals', { hp = 10 })", Wizard);

        await CallCommittedAsync(Alice, Hall, "vitals");

        var message = Assert.IsType<GmcpEffect>(Assert.Single(Sink.Released));
        Assert.Equal((Alice, "Char.Vitals"), (message.Player, message.Package));
        Assert.Equal(MooValue.Integer(10), message.Data.AsMap()[MooValue.String("hp")]);
    }

    [Fact]
    public async Task Verb_code_must_be_readable_only_with_the_read_bit_or_by_its_owner()
    {
        var lamp = await CreateAsync("Lamp", Alice);
        await AddVerbAsync(lamp, "open", "return 'open'", Alice, VerbPermissions.Read | VerbPermissions.Execute);
        await AddVerbAsync(lamp, "hidden", "return 'secret'", Alice, VerbPermissions.Execute);
        await AddVerbAsync(Hall, "list", "return verb_code(args[1], args[2])", Bob);

        Assert.Equal(MooValue.String("return 'open'"), await CallCommittedAsync(Bob, Hall, "list", lamp, "open"));
        Assert.Contains("Permission denied", await CallFailingAsync(Bob, Hall, "list", lamp, "hidden"), StringComparison.Ordinal);
    }
}
