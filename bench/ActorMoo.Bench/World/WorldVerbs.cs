namespace ActorMoo.Bench.World;

/// <summary>
/// The three verb bodies measured, and the plain-Lua stand-ins that let the same bodies run in a
/// bare sandbox with no world (the baseline). Every body runs on an item, <c>this</c>, with
/// <c>args</c> = the item's two rooms.
/// </summary>
internal static class WorldVerbs
{
    /// <summary>Reads two properties of one object: a read-only task, no journal write.</summary>
    public const string Look = "return this.name .. ': ' .. this.description";

    /// <summary>Writes one property of one object: one event in one journal write.</summary>
    public const string Polish = "this.polished = this.polished + 1\nreturn this.polished";

    /// <summary>Moves the item to whichever of its two rooms it is not in: three objects change (item, from, to).</summary>
    public const string Carry = "local a, b = args[1], args[2]\nif this.location == a then move(this, b) else move(this, a) end\nreturn this.location";

    /// <summary>The verbs as (name, body) pairs, in report order.</summary>
    public static IReadOnlyList<(string Name, string Body)> All { get; } =
    [
        ("look", Look),
        ("polish", Polish),
        ("carry", Carry),
    ];

    /// <summary>
    /// Plain Lua tables for <c>this</c>, the rooms and <c>move</c>, prepended to a body for the
    /// baseline: what the body costs as ordinary Lua on ordinary tables.
    /// </summary>
    public const string BareStandIns = """
        local rooms = { { contents = {} }, { contents = {} } }
        local this = { name = "brass lamp", description = "A well-used brass lamp.", polished = 0, location = 1 }
        rooms[1].contents[1] = this
        local args = { 1, 2 }
        local function move(what, where)
          local from = rooms[what.location].contents
          for i = #from, 1, -1 do if from[i] == what then table.remove(from, i) end end
          local into = rooms[where].contents
          into[#into + 1] = what
          what.location = where
        end

        """;
}
