using System.Text.Json;
using ActorMoo.Actors.Model;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;
using static ActorMoo.Actors.World.Verbs.HostSettling;

namespace ActorMoo.Actors.World.Verbs;

/// <summary>
/// The host functions of the verb API, declared in explicit tables: <c>moo</c> (objects,
/// properties, verbs, output; wrapped into friendly globals by <see cref="WorldPrelude"/>) and
/// <c>json</c>. Every function acts on the calling task's <see cref="VerbTask"/>.
/// </summary>
public static class WorldHostTables
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new MooValueJsonConverter() } };

    /// <summary>The tables to give the <c>ScriptEngine</c> that runs world verbs.</summary>
    /// <remarks>Every <c>moo</c> call is logged for replay (<see cref="TaskHostFunctions.Recorded"/>); <c>json</c> is pure and needs no log.</remarks>
    public static IReadOnlyList<HostFunctionTable> All { get; } = [TaskHostFunctions.Recorded(CreateMoo()), CreateJson()];

    private static HostFunctionTable CreateMoo() => new("moo", "The world: objects, properties, verbs and output.",
    [
        new("index", "What obj.key means: {true, value} for a property, {false} for a verb.",
            static (in HostCall c) => Settle(Task(c).IndexAsync(c.GetObject(0), c.GetString(1))), Obj("obj"), Str("key")),
        new("set", "obj.key = value, with the running verb's permissions.",
            static (in HostCall c) => Settle(Task(c).SetPropertyAsync(c.GetObject(0), c.GetString(1), c.GetValue(2))), Obj("obj"), Str("key"), Any("value")),
        new("call", "Calls obj:name(...) with the verb owner's permissions.", Call, variadic: true, Obj("obj"), Str("name")),
        new("notify", "Sends a line to a player when the task commits.",
            static (in HostCall c) => Task(c).Notify(c.GetObject(0), c.GetString(1)), Obj("player"), Str("text")),
        new("gmcp", "Sends a GMCP message to a player's client when the task commits.", Gmcp, Obj("player"), Str("package"), Any("data")),
        new("announce", "Tells every player in a room a line, except the objects given.", Announce, variadic: true, Obj("room"), Str("text")),
        new("move", "Moves an object into another (#-1: nowhere), without the accept/exitfunc/enterfunc hooks.",
            static (in HostCall c) => Settle(Task(c).MoveAsync(c.GetObject(0), c.GetObject(1))), Obj("what"), Obj("where")),
        new("check_move", "Raises the error a move would raise before its hooks run (permission, recursion, invalid place).",
            static (in HostCall c) => Settle(CheckMove(Task(c), c.GetObject(0), c.GetObject(1))), Obj("what"), Obj("where")),
        new("wizardly", "True when the running verb's owner is a wizard.", static (in HostCall c) => Settle(Task(c).IsWizardlyAsync())),
        new("set_task_perms", "The running verb continues with another player's permissions (wizards; anyone for their own).",
            static (in HostCall c) => Settle(Task(c).SetTaskPermissionsAsync(c.GetObject(0))), Obj("who")),
        new("has_verb", "True when the object has an executable verb of that name.",
            static (in HostCall c) => Settle(Task(c).HasCallableVerbAsync(c.GetObject(0), c.GetString(1))), Obj("obj"), Str("name")),
        new("create", "Creates a child of parent, owned by owner or the verb's owner.",
            static (in HostCall c) => Settle(Task(c).CreateAsync(c.GetObject(0), OptionalObject(c, 1))), Obj("parent"), OptObj("owner")),
        new("recycle", "Recycles an object.", static (in HostCall c) => Settle(Task(c).RecycleAsync(c.GetObject(0))), Obj("obj")),
        new("valid", "True when the value is an object that exists and is not recycled.", Valid, Any("obj")),
        new("parents", "The object's parents.", static (in HostCall c) => Settle(Task(c).BuiltinAsync(c.GetObject(0), "parents")), Obj("obj")),
        new("children", "The object's children.", static (in HostCall c) => Settle(Task(c).BuiltinAsync(c.GetObject(0), "children")), Obj("obj")),
        new("is_player", "True when the object is a player.", static (in HostCall c) => Settle(Task(c).HasFlagAsync(c.GetObject(0), ObjectFlags.Player)), Obj("obj")),
        new("is_wizard", "True when the object is a wizard.", static (in HostCall c) => Settle(Task(c).HasFlagAsync(c.GetObject(0), ObjectFlags.Wizard)), Obj("obj")),
        new("task_id", "This task's id.", static (in HostCall c) => MooValue.Integer(Task(c).Transaction.TaskId)),
        new("properties", "The names of the properties the object defines itself.",
            static (in HostCall c) => Settle(Task(c).PropertyNamesAsync(c.GetObject(0))), Obj("obj")),
        new("verbs", "The names of the verbs the object defines itself.",
            static (in HostCall c) => Settle(Task(c).VerbNamesAsync(c.GetObject(0))), Obj("obj")),
        new("add_property", "Defines a property: value, permissions (letters rwc, default r), owner (default the verb's owner).",
            static (in HostCall c) => Settle(Task(c).AddPropertyAsync(c.GetObject(0), c.GetString(1), c.GetValue(2), OptionalString(c, 3), OptionalObject(c, 4))),
            Obj("obj"), Str("name"), Any("value"), OptStr("perms"), OptObj("owner")),
        new("add_verb", "Adds a verb without code: names, argument spec (default 'this none this'), permissions (default rx), owner; returns its number.",
            static (in HostCall c) => Settle(Task(c).AddVerbAsync(c.GetObject(0), c.GetString(1), OptionalString(c, 2), OptionalString(c, 3), OptionalObject(c, 4))),
            Obj("obj"), Str("names"), OptStr("args"), OptStr("perms"), OptObj("owner")),
        new("delete_property", "Deletes a property the object defines; descendants lose their values of it.",
            static (in HostCall c) => Settle(Task(c).DeletePropertyAsync(c.GetObject(0), c.GetString(1))), Obj("obj"), Str("name")),
        new("clear_property", "Clears the object's own value of an inherited property so that it inherits again.",
            static (in HostCall c) => Settle(Task(c).ClearPropertyAsync(c.GetObject(0), c.GetString(1))), Obj("obj"), Str("name")),
        new("delete_verb", "Deletes a verb the object defines.",
            static (in HostCall c) => Settle(Task(c).DeleteVerbAsync(c.GetObject(0), c.GetString(1))), Obj("obj"), Str("verb")),
        new("property_info", "{owner, perms} of a property as seen on the object.",
            static (in HostCall c) => Settle(Task(c).PropertyInfoAsync(c.GetObject(0), c.GetString(1))), Obj("obj"), Str("name")),
        new("verb_info", "{owner, perms, names, args} of a verb defined on the object.",
            static (in HostCall c) => Settle(Task(c).VerbInfoAsync(c.GetObject(0), c.GetString(1))), Obj("obj"), Str("verb")),
        new("verb_code", "The code of a verb defined on the object.",
            static (in HostCall c) => Settle(Task(c).VerbCodeAsync(c.GetObject(0), c.GetString(1))), Obj("obj"), Str("verb")),
        new("set_verb_code", "Replaces the code of a verb defined on the object.",
            static (in HostCall c) => Settle(Task(c).SetVerbCodeAsync(c.GetObject(0), c.GetString(1), c.GetString(2))), Obj("obj"), Str("verb"), Str("code")),
        new("set_property_info", "Changes a property's {owner, perms[, name]} (a list, or a map with those keys).",
            static (in HostCall c) => Settle(Task(c).SetPropertyInfoAsync(c.GetObject(0), c.GetString(1), c.GetValue(2))), Obj("obj"), Str("name"), Table("info")),
        new("set_verb_info", "Changes a verb's {owner, perms, names} (a list, or a map with those keys).",
            static (in HostCall c) => Settle(Task(c).SetVerbInfoAsync(c.GetObject(0), c.GetString(1), c.GetValue(2))), Obj("obj"), Str("verb"), Table("info")),
        new("verb_args", "{dobj, prep, iobj} of a verb defined on the object.",
            static (in HostCall c) => Settle(Task(c).VerbArgsAsync(c.GetObject(0), c.GetString(1))), Obj("obj"), Str("verb")),
        new("set_verb_args", "Changes a verb's argument spec: {dobj, prep, iobj} or one string such as 'any in this'.",
            static (in HostCall c) => Settle(Task(c).SetVerbArgsAsync(c.GetObject(0), c.GetString(1), c.GetValue(2))), Obj("obj"), Str("verb"), Any("args")),
        new("players", "Every player object.", static (in HostCall c) => Settle(Task(c).PlayersAsync())),
        new("connected_players", "The players connected now.", static (in HostCall c) => Settle(Task(c).ConnectedPlayersAsync())),
        new("connected_seconds", "Seconds since a connected player connected.",
            static (in HostCall c) => Settle(Task(c).ConnectedSecondsAsync(c.GetObject(0))), Obj("player")),
        new("idle_seconds", "Seconds since a connected player last typed a line.",
            static (in HostCall c) => Settle(Task(c).IdleSecondsAsync(c.GetObject(0))), Obj("player")),
        new("terminal", "What a connected player's client displays: {width, height, colors, screen_reader, client, ...}; nil when not connected.",
            static (in HostCall c) => Settle(Task(c).TerminalAsync(c.GetObject(0))), Obj("player")),
        new("boot_player", "Disconnects a player when the task commits (wizards, or the player itself).",
            static (in HostCall c) => Settle(Task(c).BootPlayerAsync(c.GetObject(0))), Obj("player")),
        new("set_player_flag", "Makes an object a player or not (wizards; clearing it disconnects the object).",
            static (in HostCall c) => Settle(Task(c).SetPlayerFlagAsync(c.GetObject(0), c.GetBoolean(1))), Obj("obj"), new HostParameter("value", HostArgType.Boolean)),
        new("is_programmer", "True when the object has the programmer flag.",
            static (in HostCall c) => Settle(Task(c).HasFlagAsync(c.GetObject(0), ObjectFlags.Programmer)), Obj("obj")),
        .. TaskHostFunctions.Functions,
    ]);

    private static HostFunctionTable CreateJson() => new("json", "JSON text from and to world values.",
    [
        new("encode", "A value as JSON text (objects as {\"$obj\": n}).",
            static (in HostCall c) => MooValue.String(JsonSerializer.Serialize(c.GetValue(0), JsonOptions)), Any("value")),
        new("decode", "The value of JSON text.", Decode, Str("text")),
    ]);

    private static async ValueTask<MooValue> CheckMove(VerbTask task, ObjectId item, ObjectId destination)
    {
        await task.CheckMoveAsync(item, destination).ConfigureAwait(false);
        return MooValue.Nil;
    }

    private static HostResult Call(in HostCall call)
    {
        var args = new MooValue[call.ArgumentCount - 2];
        for (var i = 0; i < args.Length; i++)
            args[i] = call.GetValue(i + 2);
        return Settle(Task(call).EnterVerbAsync(call.GetObject(0), call.GetString(1), args));
    }

    private static HostResult Gmcp(in HostCall call)
    {
        try
        {
            return Task(call).Gmcp(call.GetObject(0), call.GetString(1), call.GetValue(2));
        }
        catch (VerbError e)
        {
            return HostResult.Fail(e.Message);
        }
    }

    private static HostResult Announce(in HostCall call)
    {
        var except = new HashSet<ObjectId>();
        for (var i = 2; i < call.ArgumentCount; i++)
        {
            var value = call.GetValue(i);
            if (value.Kind == MooValueKind.Object) except.Add(value.AsObject());
        }
        return Settle(Task(call).AnnounceAsync(call.GetObject(0), call.GetString(1), except));
    }

    private static HostResult Valid(in HostCall call)
    {
        var value = call.GetValue(0);
        return value.Kind == MooValueKind.Object ? Settle(Task(call).IsValidAsync(value.AsObject())) : MooValue.False;
    }

    private static HostResult Decode(in HostCall call)
    {
        try
        {
            return JsonSerializer.Deserialize<MooValue>(call.GetString(0), JsonOptions);
        }
        catch (JsonException e)
        {
            return HostResult.Fail("json.decode: " + e.Message);
        }
    }

    private static VerbTask Task(in HostCall call) =>
        call.Context as VerbTask ?? throw new InvalidOperationException("World functions run only inside world tasks.");

    private static HostParameter Obj(string name) => new(name, HostArgType.Object);

    private static HostParameter Str(string name) => new(name, HostArgType.String);

    private static HostParameter Any(string name) => new(name, HostArgType.Any);

    private static HostParameter Table(string name) => new(name, HostArgType.Table);

    private static HostParameter OptStr(string name) => new(name, HostArgType.String, Optional: true);

    private static HostParameter OptObj(string name) => new(name, HostArgType.Object, Optional: true);

    private static string? OptionalString(in HostCall call, int index) => call.IsNil(index) ? null : call.GetString(index);

    private static ObjectId? OptionalObject(in HostCall call, int index) => call.IsNil(index) ? null : call.GetObject(index);
}
