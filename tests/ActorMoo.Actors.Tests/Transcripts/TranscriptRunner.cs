namespace ActorMoo.Actors.Tests.Transcripts;

/// <summary>
/// Plays a <see cref="Transcript"/> against a world and writes what actually happened in the
/// transcript's own format: comments and command lines copied, each step's expected output replaced
/// by the actual output. Equal texts mean the scenario behaves as written.
/// </summary>
public static class TranscriptRunner
{
    /// <summary>Runs every step and returns the actual transcript's lines.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(Transcript transcript, ITranscriptWorld world)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(world);
        var actual = new List<string>();
        var step = 0;
        for (var i = 0; i < transcript.Lines.Count; i++)
        {
            var line = transcript.Lines[i];
            actual.Add(line);
            if (Transcript.IsComment(line))
                continue;
            var current = transcript.Steps[step++];
            actual.AddRange(await PlayAsync(current, world));
            i += current.Expected.Count;
        }
        return actual;
    }

    private static async Task<IReadOnlyList<string>> PlayAsync(TranscriptStep step, ITranscriptWorld world)
    {
        switch (step.Kind)
        {
            case TranscriptStepKind.Connect:
                return await world.LoginAsync(step.Text, create: false);
            case TranscriptStepKind.Create:
                return await world.LoginAsync(step.Text, create: true);
            case TranscriptStepKind.Restart:
                await world.RestartAsync();
                return [];
            default:
                return await world.SendAsync(step.Session, step.Text);
        }
    }
}
