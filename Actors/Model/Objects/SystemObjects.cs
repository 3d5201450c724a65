using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// LambdaMOO's <c>$</c> names: <c>$room</c> is whatever object the system object <c>#0</c>'s
/// property <c>room</c> holds. The registry is nothing but #0's properties, so builders change it
/// the ordinary way (<c>sys.room = #12</c>), and the parser, the starter core loader and the login
/// code find the core's objects through here.
/// </summary>
public static class SystemObjects
{
    /// <summary>The system object, <c>#0</c>.</summary>
    public static ObjectId System { get; } = new(0);

    /// <summary>
    /// The object <c>$<paramref name="name"/></c> names (<c>"room"</c> and <c>"$room"</c> both mean
    /// <c>#0.room</c>), or null when #0 does not exist, has no such property, or the property does
    /// not hold an object. The object itself is not checked for validity: <c>valid()</c> does that.
    /// </summary>
    /// <remarks>Reads through <paramref name="lookup"/>, so inside a task it sees the task's own writes; no permission applies (the server asks, not a verb).</remarks>
    public static async ValueTask<ObjectId?> ResolveAsync(IObjectLookup lookup, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(name);
        var property = name.StartsWith('$') ? name[1..] : name;
        if (property.Length == 0)
            return null;
        var system = await lookup.FindValidAsync(System, cancellationToken).ConfigureAwait(false);
        if (system is null)
            return null;
        var resolved = await PropertyLookup.ResolveAsync(lookup, system, property, cancellationToken).ConfigureAwait(false);
        return resolved is { Value.Kind: MooValueKind.Object } ? resolved.Value.AsObject() : null;
    }

    /// <summary>
    /// The object <c>$<paramref name="name"/></c> names.
    /// </summary>
    /// <exception cref="KeyNotFoundException">#0 has no property <paramref name="name"/> holding an object (the message says what to set).</exception>
    public static async ValueTask<ObjectId> ResolveRequiredAsync(IObjectLookup lookup, string name, CancellationToken cancellationToken = default) =>
        await ResolveAsync(lookup, name, cancellationToken).ConfigureAwait(false)
        ?? throw new KeyNotFoundException($"${name.TrimStart('$')} is not defined: #0 has no property {name.TrimStart('$')} holding an object.");
}
