namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>The JSON type of a <see cref="HoconScalar"/>.</summary>
public enum HoconScalarKind
{
    /// <summary>A quoted or unquoted string, or the result of a string concatenation.</summary>
    String,
    /// <summary>A JSON number, kept as written.</summary>
    Number,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary><c>null</c>.</summary>
    Null,
}
