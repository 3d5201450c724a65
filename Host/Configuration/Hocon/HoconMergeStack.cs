namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// The successive definitions of one field when at least one of them is not known until
/// substitutions are resolved (<c>path = ${path} [/usr/bin]</c>, <c>a = ${defaults}</c> then
/// <c>a { b = 1 }</c>). The resolver applies the layers bottom to top, each one merging with or
/// replacing the result so far; a substitution inside a layer that refers to the field itself
/// sees that result so far ("the value below"), which is how self-references are resolved.
/// </summary>
internal sealed class HoconMergeStack : HoconValue
{
    public HoconMergeStack(IReadOnlyList<HoconValue> layers)
        : base(layers[^1].Origin) => Layers = layers;

    /// <summary>The definitions, earliest (bottom) first.</summary>
    public IReadOnlyList<HoconValue> Layers { get; }

    internal override string KindName => "a value with substitutions";
}
