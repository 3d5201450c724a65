namespace ActorMoo.Scripting.Values;

/// <summary>
/// A Lua value could not become a <see cref="MooValue"/> (wrong type, invalid UTF-8, too deep or
/// too large). Turned into a script error by the engine; never escapes to native code.
/// </summary>
public sealed class MarshalException(string message) : Exception(message);
