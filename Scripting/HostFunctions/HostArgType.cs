namespace ActorMoo.Scripting.HostFunctions;

/// <summary>
/// The type a host-function parameter accepts. The dispatcher checks arguments against it before
/// the handler runs, and reports a Lua-style "bad argument" error otherwise.
/// </summary>
public enum HostArgType
{
    /// <summary>Any value, nil included (read it with <see cref="HostCall.GetValue"/>).</summary>
    Any,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>An integer, or a float with an exact integer value.</summary>
    Integer,

    /// <summary>An integer or a float.</summary>
    Number,

    /// <summary>A string (numbers are not converted).</summary>
    String,

    /// <summary>An object reference.</summary>
    Object,

    /// <summary>A table (read it as a list or map with <see cref="HostCall.GetValue"/>).</summary>
    Table,
}
