namespace ActorMoo.Actors.Tests.Transcripts;

/// <summary>
/// Plays every transcript in <c>Transcripts/cases</c> against a fresh world started from the
/// starter core and compares the output with the file. With ACTORMOO_UPDATE_TRANSCRIPTS=1 the
/// files are rewritten with the actual output instead: review every change before committing it,
/// because the transcripts are the specification, not a snapshot.
/// </summary>
public sealed class TranscriptTests
{
    /// <summary>The scenario names, one test case each.</summary>
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.TranscriptCases, "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Transcript_must_match_the_expected_output(string name)
    {
        var path = Path.Combine(RepositoryPaths.TranscriptCases, name + ".txt");
        var transcript = Transcript.Parse(name, await File.ReadAllTextAsync(path));
        await using var world = await InProcessWorld.StartAsync();

        var actual = await TranscriptRunner.RunAsync(transcript, world);

        var expected = transcript.Lines.Select(TrimEnd).ToList();
        var got = actual.Select(TrimEnd).ToList();
        if (Environment.GetEnvironmentVariable("ACTORMOO_UPDATE_TRANSCRIPTS") == "1")
        {
            await File.WriteAllTextAsync(path, string.Join('\n', got) + "\n");
            return;
        }
        var diff = TextDiff.Unified(expected, got, $"{name}.txt (expected)", $"{name} (actual)");
        Assert.True(diff.Length == 0, $"The transcript {name} differs from what happened:\n{diff}");
    }

    private static string TrimEnd(string line) => line.TrimEnd();
}
