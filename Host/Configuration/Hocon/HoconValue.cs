namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// A node of a HOCON value tree. After <see cref="HoconDocument"/> has resolved a document, the
/// tree holds only <see cref="HoconObject"/>, <see cref="HoconArray"/> and
/// <see cref="HoconScalar"/>; before that it may also hold the unresolved forms (substitutions,
/// concatenations and merge stacks) that are internal to the parser and resolver.
/// </summary>
public abstract class HoconValue
{
    private protected HoconValue(HoconOrigin origin) => Origin = origin;

    /// <summary>Where the value was written.</summary>
    public HoconOrigin Origin { get; }

    /// <summary>A short name of the value's kind for error messages ("an object", "a string").</summary>
    internal abstract string KindName { get; }
}
