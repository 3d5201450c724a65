namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// A simple value: string, number, boolean or null. Numbers keep the text they were written
/// with, because HOCON concatenates numbers as written (<c>1e5</c> stays <c>1e5</c>) and a
/// configuration binder parses that text itself.
/// </summary>
public sealed class HoconScalar : HoconValue
{
    internal HoconScalar(HoconScalarKind kind, string text, HoconOrigin origin)
        : base(origin)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>The JSON type of the value.</summary>
    public HoconScalarKind Kind { get; }

    /// <summary>
    /// The value as text: the string itself, the number as written, <c>true</c>/<c>false</c>, or
    /// <c>null</c>. This is also the text the value contributes to a string concatenation.
    /// </summary>
    public string Text { get; }

    /// <summary>The value for a configuration provider: <see langword="null"/> for HOCON null, otherwise <see cref="Text"/>.</summary>
    public string? ConfigurationValue => Kind == HoconScalarKind.Null ? null : Text;

    internal override string KindName => Kind switch
    {
        HoconScalarKind.String => "a string",
        HoconScalarKind.Number => "a number",
        HoconScalarKind.Boolean => "a boolean",
        _ => "null",
    };

    internal static HoconScalar String(string text, HoconOrigin origin) => new(HoconScalarKind.String, text, origin);

    /// <inheritdoc />
    public override string ToString() => Text;
}
