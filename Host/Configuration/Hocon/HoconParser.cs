namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// Turns tokens into an unresolved value tree. Handles the HOCON syntax proper: optional root
/// braces, <c>:</c>/<c>=</c>/no separator before <c>{</c>, commas or newlines between fields,
/// path keys (<c>a.b.c = 1</c>), duplicate keys merged as they are read, <c>+=</c>, value
/// concatenation and includes (in HoconParser.Include.cs). Substitutions stay unresolved;
/// <see cref="HoconResolver"/> handles them once everything is parsed.
/// </summary>
internal sealed partial class HoconParser
{
    private readonly List<HoconToken> _tokens;
    private readonly string? _directory;
    private readonly HoconFileLoader _loader;

    /// <summary>
    /// Where this file's root sits in the whole configuration: empty for a top-level file, the
    /// including object's path for an included one. Substitutions are fixed up below it.
    /// </summary>
    private readonly HoconPath _prefix;

    /// <summary>Index of the next token to read.</summary>
    private int _index;

    private HoconParser(List<HoconToken> tokens, string? directory, HoconPath prefix, HoconFileLoader loader)
    {
        _tokens = tokens;
        _directory = directory;
        _prefix = prefix;
        _loader = loader;
    }

    /// <summary>Parses one document whose root object will sit at <paramref name="prefix"/>.</summary>
    public static HoconObject Parse(string text, string source, string? directory, HoconPath prefix, HoconFileLoader loader) =>
        new HoconParser(HoconTokenizer.Tokenize(text, source), directory, prefix, loader).ParseRoot();

    private HoconToken Peek => _tokens[_index];

    private HoconToken Next() => _tokens[_index++];

    private HoconObject ParseRoot()
    {
        SkipWhitespaceAndNewlines();
        HoconToken first = Peek;
        if (first.Kind == HoconTokenKind.OpenBracket)
        {
            throw new HoconException(first.Origin, "the root of a configuration file must be an object, not an array");
        }

        if (first.Kind != HoconTokenKind.OpenBrace)
        {
            return ParseObjectBody(_prefix, first.Origin, braced: false);
        }

        Next();
        HoconObject root = ParseObjectBody(_prefix, first.Origin, braced: true);
        SkipWhitespaceAndNewlines();
        if (Peek.Kind != HoconTokenKind.End)
        {
            throw new HoconException(Peek.Origin, $"unexpected {Peek.Describe()} after the closing '}}' of the root object");
        }

        return root;
    }

    /// <summary>Parses fields up to the closing <c>}</c> (or the end, for a root without braces).</summary>
    /// <param name="path">Absolute path of this object, or <see langword="null"/> inside an array.</param>
    /// <param name="open">Position of the opening brace, for the "missing }" message.</param>
    /// <param name="braced">Whether the object was opened with <c>{</c>.</param>
    private HoconObject ParseObjectBody(HoconPath? path, HoconOrigin open, bool braced)
    {
        var obj = new HoconObject(open);
        while (true)
        {
            SkipWhitespaceAndNewlines();
            HoconToken token = Peek;
            switch (token.Kind)
            {
                case HoconTokenKind.CloseBrace when braced:
                    Next();
                    return obj;
                case HoconTokenKind.CloseBrace:
                    throw new HoconException(token.Origin, "unbalanced '}' (there is no matching '{')");
                case HoconTokenKind.End when braced:
                    throw new HoconException(token.Origin, $"missing '}}' to close the object opened at {open}");
                case HoconTokenKind.End:
                    return obj;
                case HoconTokenKind.Comma:
                    throw new HoconException(token.Origin, "unexpected ',' (a field is missing before it, or there are two commas)");
                case HoconTokenKind.UnquotedString when token.Text == "include":
                    ParseInclude(obj, path);
                    break;
                default:
                    ParseField(obj, path);
                    break;
            }

            ExpectFieldSeparator("field");
        }
    }

    /// <summary>After a field or element: a comma, a newline, or the closing bracket must follow.</summary>
    private void ExpectFieldSeparator(string what)
    {
        SkipWhitespace();
        HoconToken token = Peek;
        switch (token.Kind)
        {
            case HoconTokenKind.Comma:
                Next();
                return;
            case HoconTokenKind.Newline or HoconTokenKind.CloseBrace or HoconTokenKind.CloseBracket or HoconTokenKind.End:
                return;
            default:
                throw new HoconException(token.Origin, $"expected ',' or a newline after the {what}, found {token.Describe()}");
        }
    }

    private void ParseField(HoconObject obj, HoconPath? path)
    {
        HoconOrigin keyOrigin = Peek.Origin;
        var keyTokens = new List<HoconToken>();
        while (Peek.IsPathPart)
        {
            keyTokens.Add(Next());
        }

        if (keyTokens.Count == 0)
        {
            throw new HoconException(keyOrigin, $"expected a key, found {Peek.Describe()}");
        }

        HoconPath key = HoconPath.FromTokens(keyTokens, keyOrigin);
        HoconPath? fieldPath = path?.Append(key);
        HoconToken separator = Peek;
        HoconValue value;
        switch (separator.Kind)
        {
            case HoconTokenKind.Colon or HoconTokenKind.Equals:
                Next();
                SkipWhitespaceAndNewlines();
                value = ParseValue(fieldPath);
                break;
            case HoconTokenKind.PlusEquals:
                Next();
                SkipWhitespaceAndNewlines();
                value = Append(fieldPath, key, ParseValue(fieldPath), separator.Origin);
                break;
            case HoconTokenKind.OpenBrace:
                value = ParseValue(fieldPath);
                break;
            default:
                throw new HoconException(separator.Origin, $"expected ':', '=', '+=' or '{{' after the key '{key}', found {separator.Describe()}");
        }

        obj.MergePath(key, value, keyOrigin);
    }

    /// <summary><c>a += v</c> means <c>a = ${?a} [v]</c>, with <c>a</c> the field's absolute path.</summary>
    private static HoconConcatenation Append(HoconPath? fieldPath, HoconPath key, HoconValue element, HoconOrigin origin)
    {
        if (fieldPath is null)
        {
            throw new HoconException(origin, $"'{key} +=' cannot be used in an object inside an array (it has no path to append to)");
        }

        var previous = new HoconSubstitution(fieldPath, fallbackPath: null, isOptional: true, origin);
        return new HoconConcatenation([previous, new HoconArray([element], origin)], [" "], origin);
    }

    /// <summary>
    /// Parses a value: one or more simple values, objects, arrays and substitutions written on
    /// one line; more than one becomes a <see cref="HoconConcatenation"/>.
    /// </summary>
    /// <param name="path">Absolute path of the field being defined, or <see langword="null"/> in an array.</param>
    private HoconValue ParseValue(HoconPath? path)
    {
        var parts = new List<HoconValue>();
        var gaps = new List<string>();
        string pendingGap = "";
        while (true)
        {
            HoconToken token = Peek;
            if (token.Kind == HoconTokenKind.Whitespace)
            {
                pendingGap = Next().Text;
                continue;
            }

            if (!StartsValue(token.Kind))
            {
                break;
            }

            if (parts.Count > 0)
            {
                gaps.Add(pendingGap);
            }

            pendingGap = "";
            parts.Add(ParseSingleValue(path));
        }

        return parts.Count switch
        {
            0 => throw new HoconException(Peek.Origin, $"expected a value, found {Peek.Describe()}"),
            1 => parts[0],
            _ => new HoconConcatenation(parts, gaps, parts[0].Origin),
        };
    }

    private static bool StartsValue(HoconTokenKind kind) => kind is HoconTokenKind.OpenBrace or HoconTokenKind.OpenBracket
        or HoconTokenKind.QuotedString or HoconTokenKind.UnquotedString or HoconTokenKind.Number
        or HoconTokenKind.True or HoconTokenKind.False or HoconTokenKind.Null or HoconTokenKind.SubstitutionStart;

    private HoconValue ParseSingleValue(HoconPath? path)
    {
        HoconToken token = Next();
        return token.Kind switch
        {
            HoconTokenKind.OpenBrace => ParseObjectBody(path, token.Origin, braced: true),
            HoconTokenKind.OpenBracket => ParseArray(token.Origin),
            HoconTokenKind.SubstitutionStart => ParseSubstitution(token),
            HoconTokenKind.Number => new HoconScalar(HoconScalarKind.Number, token.Text, token.Origin),
            HoconTokenKind.True or HoconTokenKind.False => new HoconScalar(HoconScalarKind.Boolean, token.Text, token.Origin),
            HoconTokenKind.Null => new HoconScalar(HoconScalarKind.Null, token.Text, token.Origin),
            _ => HoconScalar.String(token.Text, token.Origin),
        };
    }

    private HoconArray ParseArray(HoconOrigin open)
    {
        var items = new List<HoconValue>();
        while (true)
        {
            SkipWhitespaceAndNewlines();
            HoconToken token = Peek;
            switch (token.Kind)
            {
                case HoconTokenKind.CloseBracket:
                    Next();
                    return new HoconArray(items, open);
                case HoconTokenKind.End:
                    throw new HoconException(token.Origin, $"missing ']' to close the array opened at {open}");
                case HoconTokenKind.Comma:
                    throw new HoconException(token.Origin, "unexpected ',' in array (an element is missing before it, or there are two commas)");
            }

            items.Add(ParseValue(path: null));
            ExpectFieldSeparator("array element");
            if (Peek.Kind == HoconTokenKind.CloseBrace)
            {
                throw new HoconException(Peek.Origin, $"expected ']' to close the array opened at {open}, found '}}'");
            }
        }
    }

    private HoconSubstitution ParseSubstitution(HoconToken start)
    {
        var pathTokens = new List<HoconToken>();
        while (Peek.Kind != HoconTokenKind.CloseBrace)
        {
            if (!Peek.IsPathPart)
            {
                throw new HoconException(start.Origin, $"unterminated substitution {start.Text}... (found {Peek.Describe()} before the closing '}}')");
            }

            pathTokens.Add(Next());
        }

        Next();
        HoconPath written = HoconPath.FromTokens(pathTokens, start.Origin);
        return _prefix.Count == 0
            ? new HoconSubstitution(written, fallbackPath: null, start.IsOptional, start.Origin)
            : new HoconSubstitution(_prefix.Append(written), written, start.IsOptional, start.Origin);
    }

    private void SkipWhitespace()
    {
        while (Peek.Kind == HoconTokenKind.Whitespace)
        {
            Next();
        }
    }

    private void SkipWhitespaceAndNewlines()
    {
        while (Peek.Kind is HoconTokenKind.Whitespace or HoconTokenKind.Newline)
        {
            Next();
        }
    }
}
