namespace ActorMoo.Host.Configuration.Units;

/// <summary>A configuration value written as text with a unit (<c>10s</c>, <c>64MiB</c>).</summary>
/// <typeparam name="TSelf">The implementing value type.</typeparam>
public interface IUnitText<TSelf>
    where TSelf : struct, IUnitText<TSelf>
{
    /// <summary>Parses the HOCON text form.</summary>
    /// <exception cref="FormatException">The text is not a value of this kind.</exception>
    static abstract TSelf Parse(string text);
}
