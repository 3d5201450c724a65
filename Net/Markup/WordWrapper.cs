using System.Text;

namespace ActorMoo.Net.Markup;

/// <summary>
/// Writes text into a <see cref="StringBuilder"/> broken into lines of at most <see cref="Width"/>
/// visible characters, breaking at spaces (a word longer than a line is cut). Escape sequences are
/// written with <see cref="Code"/>: they travel with the word they precede and take no width.
/// </summary>
/// <remarks>Reused across messages by one renderer; counts one column per UTF-16 character.</remarks>
public sealed class WordWrapper
{
    /// <summary>The word being collected, with any codes inside it.</summary>
    private readonly StringBuilder _word = new();

    /// <summary>Where finished text goes; set by <see cref="Begin"/>.</summary>
    private StringBuilder _output = new();

    /// <summary>The line ending written between lines (<c>\r\n</c> for telnet).</summary>
    private string _newLine = "\n";

    /// <summary>Visible characters already on the current output line.</summary>
    private int _column;

    /// <summary>Visible characters in <see cref="_word"/>.</summary>
    private int _wordWidth;

    /// <summary>Spaces seen since the last word; written only if the next word stays on this line.</summary>
    private int _pendingSpaces;

    /// <summary>Columns per line; 0 or less means no wrapping.</summary>
    public int Width { get; private set; }

    /// <summary>Starts a message: lines go to <paramref name="output"/>, ended by <paramref name="newLine"/>.</summary>
    public void Begin(StringBuilder output, int width, string newLine)
    {
        _output = output;
        Width = width;
        _newLine = newLine;
        _column = 0;
        _wordWidth = 0;
        _pendingSpaces = 0;
        _word.Clear();
    }

    /// <summary>Adds visible text (no control characters).</summary>
    public void Text(ReadOnlySpan<char> text)
    {
        if (Width <= 0)
        {
            _output.Append(text);
            _column += text.Length;
            return;
        }

        foreach (char c in text)
        {
            if (c == ' ')
            {
                FlushWord();
                _pendingSpaces++;
                continue;
            }

            if (_wordWidth == Width)
            {
                FlushWord();
            }

            _word.Append(c);
            _wordWidth++;
        }
    }

    /// <summary>Adds a zero-width escape sequence.</summary>
    public void Code(string code)
    {
        if (Width <= 0)
        {
            _output.Append(code);
        }
        else
        {
            _word.Append(code);
        }
    }

    /// <summary>Ends the current line.</summary>
    public void NewLine()
    {
        FlushWord();
        _pendingSpaces = 0;
        _output.Append(_newLine);
        _column = 0;
    }

    /// <summary>Writes whatever is pending (trailing spaces too: a prompt's final space matters).</summary>
    public void End()
    {
        FlushWord();
        if (_pendingSpaces > 0 && (Width <= 0 || _column + _pendingSpaces <= Width))
        {
            _output.Append(' ', _pendingSpaces);
        }

        _pendingSpaces = 0;
    }

    private void FlushWord()
    {
        if (_word.Length == 0)
        {
            return;
        }

        if (_wordWidth > 0)
        {
            if (_column > 0 && _column + _pendingSpaces + _wordWidth > Width)
            {
                _output.Append(_newLine);
                _column = 0;
            }
            else
            {
                _output.Append(' ', _pendingSpaces);
                _column += _pendingSpaces;
            }

            _pendingSpaces = 0;
        }

        _output.Append(_word);
        _column += _wordWidth;
        _word.Clear();
        _wordWidth = 0;
    }
}
