namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// An unresolved <c>${path}</c> or <c>${?path}</c>. A substitution written in an included file is
/// looked up first at its path below the point of inclusion (the spec's "fixed up" path) and then
/// at the path as written, so an included file can refer both to its own keys and to the root.
/// </summary>
internal sealed class HoconSubstitution : HoconValue
{
    public HoconSubstitution(HoconPath path, HoconPath? fallbackPath, bool isOptional, HoconOrigin origin)
        : base(origin)
    {
        Path = path;
        FallbackPath = fallbackPath;
        IsOptional = isOptional;
    }

    /// <summary>The absolute path looked up first.</summary>
    public HoconPath Path { get; }

    /// <summary>The path as written, looked up when <see cref="Path"/> was fixed up by an include and is not found.</summary>
    public HoconPath? FallbackPath { get; }

    /// <summary>Whether this is <c>${?path}</c>: an undefined optional substitution makes its field disappear.</summary>
    public bool IsOptional { get; }

    internal override string KindName => "a substitution";

    /// <summary>The substitution as written, for messages.</summary>
    public override string ToString() => $"${{{(IsOptional ? "?" : "")}{FallbackPath ?? Path}}}";
}
