namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>One token of HOCON text.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">
/// The token's text: the decoded value of a quoted string, the literal text of an unquoted string,
/// number or keyword (numbers keep their original spelling, as concatenation requires), the
/// whitespace itself, or the punctuation.
/// </param>
/// <param name="Origin">Where the token starts.</param>
/// <param name="IsOptional">For <see cref="HoconTokenKind.SubstitutionStart"/>: whether it was <c>${?</c>.</param>
internal readonly record struct HoconToken(HoconTokenKind Kind, string Text, HoconOrigin Origin, bool IsOptional = false)
{
    /// <summary>Whether the token can be part of a key or substitution path expression.</summary>
    public bool IsPathPart => Kind is HoconTokenKind.QuotedString or HoconTokenKind.UnquotedString
        or HoconTokenKind.Number or HoconTokenKind.True or HoconTokenKind.False or HoconTokenKind.Null
        or HoconTokenKind.Whitespace;

    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Kind switch
    {
        HoconTokenKind.End => "the end of the file",
        HoconTokenKind.Newline => "a newline",
        HoconTokenKind.Whitespace => "whitespace",
        HoconTokenKind.QuotedString => $"the string \"{Text}\"",
        HoconTokenKind.SubstitutionStart => IsOptional ? "'${?'" : "'${'",
        _ => $"'{Text}'",
    };
}
