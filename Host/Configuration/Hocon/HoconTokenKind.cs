namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>The kinds of token the <see cref="HoconTokenizer"/> produces.</summary>
internal enum HoconTokenKind
{
    /// <summary><c>{</c></summary>
    OpenBrace,
    /// <summary><c>}</c>, also the end of a substitution <c>${...}</c>.</summary>
    CloseBrace,
    /// <summary><c>[</c></summary>
    OpenBracket,
    /// <summary><c>]</c></summary>
    CloseBracket,
    /// <summary><c>,</c></summary>
    Comma,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>=</c></summary>
    Equals,
    /// <summary><c>+=</c>, the append-to-array separator.</summary>
    PlusEquals,
    /// <summary>An ASCII newline; it separates fields and array elements and ends concatenations.</summary>
    Newline,
    /// <summary>A run of non-newline whitespace; kept because it is part of concatenated values.</summary>
    Whitespace,
    /// <summary>A JSON-style or triple-quoted string; the token text is the decoded value.</summary>
    QuotedString,
    /// <summary>An unquoted string, taken literally.</summary>
    UnquotedString,
    /// <summary>A number, with its text exactly as written.</summary>
    Number,
    /// <summary>The keyword <c>true</c>.</summary>
    True,
    /// <summary>The keyword <c>false</c>.</summary>
    False,
    /// <summary>The keyword <c>null</c>.</summary>
    Null,
    /// <summary><c>${</c> or <c>${?</c>; the path tokens follow, closed by <see cref="CloseBrace"/>.</summary>
    SubstitutionStart,
    /// <summary>The end of the text.</summary>
    End,
}
