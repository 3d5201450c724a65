using System.Text;

namespace ActorMoo.Actors.Tests.Transcripts;

/// <summary>A unified diff of two texts, line by line (longest common subsequence), for failure messages.</summary>
public static class TextDiff
{
    /// <summary>The diff from <paramref name="expected"/> to <paramref name="actual"/> with three lines of context; empty when equal.</summary>
    public static string Unified(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string expectedName = "expected", string actualName = "actual")
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var edits = Edits(expected, actual);
        if (edits.All(e => e.Kind == ' '))
            return "";

        const int context = 3;
        var text = new StringBuilder().Append("--- ").AppendLine(expectedName).Append("+++ ").AppendLine(actualName);
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ') { i++; continue; }
            var start = Math.Max(0, i - context);
            var end = i;
            // Extend the hunk while changes are closer than twice the context.
            while (end < edits.Count)
            {
                var next = end;
                while (next < edits.Count && edits[next].Kind == ' ') next++;
                if (next == edits.Count || next - end > 2 * context) break;
                end = next + 1;
                while (end < edits.Count && edits[end].Kind != ' ') end++;
            }
            end = Math.Min(edits.Count, end + context);
            var hunk = edits.Skip(start).Take(end - start).ToList();
            var oldStart = hunk.FirstOrDefault(e => e.Kind != '+')?.OldLine ?? 0;
            var newStart = hunk.FirstOrDefault(e => e.Kind != '-')?.NewLine ?? 0;
            text.Append("@@ -").Append(oldStart + 1).Append(',').Append(hunk.Count(e => e.Kind != '+'))
                .Append(" +").Append(newStart + 1).Append(',').Append(hunk.Count(e => e.Kind != '-')).AppendLine(" @@");
            foreach (var edit in hunk)
                text.Append(edit.Kind).AppendLine(edit.Text);
            i = end;
        }
        return text.ToString();
    }

    private sealed record Edit(char Kind, string Text, int OldLine, int NewLine);

    private static List<Edit> Edits(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
            for (var j = b.Count - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var edits = new List<Edit>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y]) edits.Add(new Edit(' ', a[x++], x - 1, y++));
            else if (x < a.Count && (y == b.Count || lcs[x + 1, y] >= lcs[x, y + 1])) edits.Add(new Edit('-', a[x++], x - 1, y));
            else edits.Add(new Edit('+', b[y++], x, y - 1));
        }
        return edits;
    }
}
