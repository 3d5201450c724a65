namespace ActorMoo.Actors.Tests.Transcripts;

/// <summary>What a transcript line asks the harness to do.</summary>
public enum TranscriptStepKind
{
    /// <summary><c>&gt; [name] command</c>: a line typed in a session.</summary>
    Input,

    /// <summary><c>@@connect Name</c>: log in as an existing player in a new session.</summary>
    Connect,

    /// <summary><c>@@create Name</c>: create a new player and log in as it in a new session.</summary>
    Create,

    /// <summary><c>@@restart</c>: stop the whole world and start it again from its store; every session is closed.</summary>
    Restart,
}

/// <summary>One step of a transcript: the header line that triggers it and the output expected after it.</summary>
/// <param name="Kind">What the header asks for.</param>
/// <param name="Session">The player whose session types the input (or logs in); empty for the default session.</param>
/// <param name="Text">The typed line (input) or the player's name (login).</param>
/// <param name="Expected">The output lines expected after the step, as written in the file.</param>
/// <param name="LineNumber">The header's line number, 1-based, for messages.</param>
public sealed record TranscriptStep(TranscriptStepKind Kind, string Session, string Text, IReadOnlyList<string> Expected, int LineNumber);

/// <summary>
/// A transcript file: a scenario written as the commands typed and the output expected, the spec of
/// what a player sees (ToastStunt's test.in/test.out in one file).
/// <list type="bullet">
/// <item><c>&gt; command</c> is typed by the first session; <c>&gt; [Bob] command</c> by Bob's session.</item>
/// <item><c>@@connect Wizard</c>, <c>@@create Bob</c> log in (a new session); <c>@@restart</c> stops and restarts the world.</item>
/// <item><c># text</c> (or a lone <c>#</c>) is a comment.</item>
/// <item>Every other line, blank lines included, is expected output: the acting session's lines as they are,
/// lines other sessions receive as <c>[Name] text</c>.</item>
/// </list>
/// </summary>
public sealed class Transcript
{
    private Transcript(string name, IReadOnlyList<string> lines, IReadOnlyList<TranscriptStep> steps)
    {
        Name = name;
        Lines = lines;
        Steps = steps;
    }

    /// <summary>The scenario's name (the file name without extension).</summary>
    public string Name { get; }

    /// <summary>The file's lines, as written.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<TranscriptStep> Steps { get; }

    /// <summary>True when <paramref name="line"/> is a comment.</summary>
    public static bool IsComment(string line) => line == "#" || line.StartsWith("# ", StringComparison.Ordinal);

    /// <summary>True when <paramref name="line"/> starts a step (an input or a directive).</summary>
    public static bool IsHeader(string line) => line.StartsWith("> ", StringComparison.Ordinal) || line == ">" || line.StartsWith("@@", StringComparison.Ordinal);

    /// <summary>Parses a transcript; a malformed line is refused with its line number.</summary>
    public static Transcript Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);

        var steps = new List<TranscriptStep>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IsComment(line))
                continue;
            if (!IsHeader(line))
                throw new FormatException($"{name}:{i + 1}: output before any command: '{line}'");
            var expected = new List<string>();
            var header = i;
            while (i + 1 < lines.Count && !IsHeader(lines[i + 1]) && !IsComment(lines[i + 1]))
                expected.Add(lines[++i]);
            steps.Add(ParseHeader(name, lines[header], header + 1, expected));
        }
        return new Transcript(name, lines, steps);
    }

    private static TranscriptStep ParseHeader(string name, string line, int number, IReadOnlyList<string> expected)
    {
        if (line.StartsWith(">", StringComparison.Ordinal))
        {
            var input = line.Length > 2 ? line[2..] : "";
            var session = "";
            if (input.StartsWith('[') && input.IndexOf(']', StringComparison.Ordinal) is var close and > 0)
            {
                session = input[1..close];
                input = input[(close + 1)..].TrimStart(' ');
            }
            return new TranscriptStep(TranscriptStepKind.Input, session, input, expected, number);
        }
        var words = line[2..].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return words switch
        {
            ["connect", var player] => new TranscriptStep(TranscriptStepKind.Connect, player, player, expected, number),
            ["create", var player] => new TranscriptStep(TranscriptStepKind.Create, player, player, expected, number),
            ["restart"] => new TranscriptStep(TranscriptStepKind.Restart, "", "", expected, number),
            _ => throw new FormatException($"{name}:{number}: unknown directive '{line}' (use @@connect Name, @@create Name or @@restart)"),
        };
    }
}
