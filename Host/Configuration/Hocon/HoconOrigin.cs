namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// Where a piece of HOCON text came from: the source (a file path or a name such as
/// <c>reference.conf</c>) and the 1-based line and column. Every value and error carries one so
/// that a message can point the operator at the exact spot in the exact file.
/// </summary>
/// <param name="Source">The file path or descriptive name of the text.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column number.</param>
public readonly record struct HoconOrigin(string Source, int Line, int Column)
{
    /// <summary>Renders the origin as <c>source:line:column</c>, the form editors and compilers use.</summary>
    public override string ToString() => $"{Source}:{Line}:{Column}";
}
