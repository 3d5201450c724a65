namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// Splits HOCON text into tokens, following the lexical rules of Lightbend's HOCON.md: JSON
/// strings, triple-quoted strings, unquoted strings (which stop at the reserved characters and
/// at <c>//</c>), numbers with their original spelling, <c>#</c> and <c>//</c> comments, and
/// whitespace kept as tokens because value concatenation preserves it.
/// </summary>
internal sealed partial class HoconTokenizer
{
    /// <summary>Characters that end an unquoted string (besides whitespace and <c>//</c>).</summary>
    private const string NotInUnquoted = "$\"{}[]:=,+#`^?!@*&\\";

    /// <summary>Reserved characters that have no meaning yet and must be quoted.</summary>
    private const string Reserved = "`^?!@*&\\";

    private readonly string _text;
    private readonly string _source;
    private readonly List<HoconToken> _tokens = [];

    /// <summary>Index of the next unread character.</summary>
    private int _position;

    /// <summary>1-based line of the next unread character.</summary>
    private int _line = 1;

    /// <summary>1-based column of the next unread character.</summary>
    private int _column = 1;

    private HoconTokenizer(string text, string source)
    {
        _text = text;
        _source = source;
    }

    /// <summary>Tokenizes <paramref name="text"/>; the last token is always <see cref="HoconTokenKind.End"/>.</summary>
    /// <exception cref="HoconException">The text contains an unterminated string, a bad escape or a reserved character.</exception>
    public static List<HoconToken> Tokenize(string text, string source)
    {
        var tokenizer = new HoconTokenizer(text, source);
        tokenizer.Run();
        return tokenizer._tokens;
    }

    /// <summary>Whether <paramref name="c"/> is HOCON whitespace other than the newline.</summary>
    public static bool IsWhitespace(char c) =>
        c != '\n' && (char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F' || c == '\uFEFF');

    private HoconOrigin Here => new(_source, _line, _column);

    private char Peek(int offset = 0) =>
        _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private bool HasMore(int offset = 0) => _position + offset < _text.Length;

    private void Run()
    {
        while (HasMore())
        {
            char c = Peek();
            HoconOrigin origin = Here;
            if (c == '\n')
            {
                Advance(1);
                Add(HoconTokenKind.Newline, "\n", origin);
            }
            else if (IsWhitespace(c))
            {
                Add(HoconTokenKind.Whitespace, ReadWhile(IsWhitespace), origin);
            }
            else if (c == '#' || (c == '/' && Peek(1) == '/'))
            {
                ReadWhile(ch => ch != '\n');
            }
            else
            {
                ReadToken(c, origin);
            }
        }

        Add(HoconTokenKind.End, "", Here);
    }

    private void ReadToken(char c, HoconOrigin origin)
    {
        switch (c)
        {
            case '{': Punctuation(HoconTokenKind.OpenBrace, origin); return;
            case '}': Punctuation(HoconTokenKind.CloseBrace, origin); return;
            case '[': Punctuation(HoconTokenKind.OpenBracket, origin); return;
            case ']': Punctuation(HoconTokenKind.CloseBracket, origin); return;
            case ',': Punctuation(HoconTokenKind.Comma, origin); return;
            case ':': Punctuation(HoconTokenKind.Colon, origin); return;
            case '=': Punctuation(HoconTokenKind.Equals, origin); return;
            case '"':
                if (Peek(1) == '"' && Peek(2) == '"')
                {
                    Add(HoconTokenKind.QuotedString, ReadTripleQuoted(origin), origin);
                }
                else
                {
                    Add(HoconTokenKind.QuotedString, ReadQuoted(origin), origin);
                }

                return;
            case '+':
                if (Peek(1) != '=')
                {
                    throw new HoconException(origin, "'+' is reserved: use '+=' to append to an array, or quote the text");
                }

                Advance(2);
                Add(HoconTokenKind.PlusEquals, "+=", origin);
                return;
            case '$':
                if (Peek(1) != '{')
                {
                    throw new HoconException(origin, "'$' must start a substitution such as ${path}; quote the text to use a literal '$'");
                }

                bool optional = Peek(2) == '?';
                Advance(optional ? 3 : 2);
                _tokens.Add(new HoconToken(HoconTokenKind.SubstitutionStart, optional ? "${?" : "${", origin, optional));
                return;
        }

        if (Reserved.Contains(c))
        {
            throw new HoconException(origin, $"'{c}' is a reserved character; put the text in double quotes");
        }

        if ((char.IsAsciiDigit(c) || c == '-') && TryReadNumber(origin))
        {
            return;
        }

        if (TryReadKeyword("true", HoconTokenKind.True, origin)
            || TryReadKeyword("false", HoconTokenKind.False, origin)
            || TryReadKeyword("null", HoconTokenKind.Null, origin))
        {
            return;
        }

        Add(HoconTokenKind.UnquotedString, ReadUnquoted(), origin);
    }

    private void Punctuation(HoconTokenKind kind, HoconOrigin origin)
    {
        Add(kind, _text.Substring(_position, 1), origin);
        Advance(1);
    }

    /// <summary>
    /// Reads a JSON number at the current position. Only the longest valid number is taken, so
    /// <c>10ms</c> becomes the number <c>10</c> followed by the unquoted string <c>ms</c> and
    /// <c>127.0.0.1</c> becomes <c>127.0</c> then <c>.0.1</c>; concatenation joins them again.
    /// </summary>
    private bool TryReadNumber(HoconOrigin origin)
    {
        int end = _position;
        if (CharAt(end) == '-')
        {
            end++;
        }

        int digitsStart = end;
        while (char.IsAsciiDigit(CharAt(end)))
        {
            end++;
        }

        if (end == digitsStart)
        {
            return false;
        }

        if (CharAt(end) == '.' && char.IsAsciiDigit(CharAt(end + 1)))
        {
            end += 2;
            while (char.IsAsciiDigit(CharAt(end)))
            {
                end++;
            }
        }

        if (CharAt(end) is 'e' or 'E')
        {
            int exponent = end + 1;
            if (CharAt(exponent) is '+' or '-')
            {
                exponent++;
            }

            if (char.IsAsciiDigit(CharAt(exponent)))
            {
                end = exponent;
                while (char.IsAsciiDigit(CharAt(end)))
                {
                    end++;
                }
            }
        }

        string number = _text[_position..end];
        Advance(end - _position);
        Add(HoconTokenKind.Number, number, origin);
        return true;
    }

    private char CharAt(int index) => index < _text.Length ? _text[index] : '\0';

    private bool TryReadKeyword(string keyword, HoconTokenKind kind, HoconOrigin origin)
    {
        if (string.CompareOrdinal(_text, _position, keyword, 0, keyword.Length) != 0)
        {
            return false;
        }

        Advance(keyword.Length);
        Add(kind, keyword, origin);
        return true;
    }

    private string ReadUnquoted()
    {
        int start = _position;
        while (HasMore())
        {
            char c = Peek();
            if (c == '\n' || IsWhitespace(c) || NotInUnquoted.Contains(c) || (c == '/' && Peek(1) == '/'))
            {
                break;
            }

            Advance(1);
        }

        return _text[start.._position];
    }

    private string ReadWhile(Func<char, bool> predicate)
    {
        int start = _position;
        while (HasMore() && predicate(Peek()))
        {
            Advance(1);
        }

        return _text[start.._position];
    }

    private void Advance(int count)
    {
        for (int i = 0; i < count && _position < _text.Length; i++)
        {
            if (_text[_position] == '\n')
            {
                _line++;
                _column = 1;
            }
            else
            {
                _column++;
            }

            _position++;
        }
    }

    private void Add(HoconTokenKind kind, string text, HoconOrigin origin) =>
        _tokens.Add(new HoconToken(kind, text, origin));
}
