using System.Globalization;
using System.Text;

namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>Quoted strings: JSON strings with their escapes, and verbatim triple-quoted strings.</summary>
internal sealed partial class HoconTokenizer
{
    private string ReadQuoted(HoconOrigin origin)
    {
        Advance(1);
        var value = new StringBuilder();
        while (true)
        {
            if (!HasMore() || Peek() == '\n')
            {
                throw new HoconException(origin, "unterminated quoted string (a quoted string must end on the line it starts; use \"\"\" for multi-line text)");
            }

            char c = Peek();
            if (c == '"')
            {
                Advance(1);
                return value.ToString();
            }

            if (c == '\\')
            {
                value.Append(ReadEscape());
            }
            else if (char.IsControl(c) && c != '\t')
            {
                throw new HoconException(Here, $"control character U+{(int)c:X4} is not allowed in a quoted string; use an escape");
            }
            else
            {
                value.Append(c);
                Advance(1);
            }
        }
    }

    private string ReadEscape()
    {
        HoconOrigin origin = Here;
        char escaped = Peek(1);
        Advance(2);
        switch (escaped)
        {
            case '"': return "\"";
            case '\\': return "\\";
            case '/': return "/";
            case 'b': return "\b";
            case 'f': return "\f";
            case 'n': return "\n";
            case 'r': return "\r";
            case 't': return "\t";
            case 'u':
                string hex = _position + 4 <= _text.Length ? _text.Substring(_position, 4) : "";
                if (!ushort.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code))
                {
                    throw new HoconException(origin, "\\u must be followed by four hexadecimal digits");
                }

                Advance(4);
                return ((char)code).ToString();
            default:
                throw new HoconException(origin, $"unknown escape '\\{escaped}' in a quoted string");
        }
    }

    /// <summary>
    /// Reads a <c>"""</c> string: everything up to the closing <c>"""</c>, unmodified. As in Scala,
    /// a run of more than three quotes closes the string and the extra quotes belong to it.
    /// </summary>
    private string ReadTripleQuoted(HoconOrigin origin)
    {
        Advance(3);
        int start = _position;
        while (true)
        {
            if (!HasMore())
            {
                throw new HoconException(origin, "unterminated triple-quoted string (missing closing \"\"\")");
            }

            if (Peek() == '"' && Peek(1) == '"' && Peek(2) == '"')
            {
                int runEnd = _position + 3;
                while (CharAt(runEnd) == '"')
                {
                    runEnd++;
                }

                string value = _text[start..(runEnd - 3)];
                Advance(runEnd - _position);
                return value;
            }

            Advance(1);
        }
    }
}
