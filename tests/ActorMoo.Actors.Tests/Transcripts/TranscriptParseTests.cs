namespace ActorMoo.Actors.Tests.Transcripts;

/// <summary>The transcript file format: steps, sessions, directives, comments and expected output.</summary>
public sealed class TranscriptParseTests
{
    [Fact]
    public void Parse_must_split_a_file_into_steps_with_their_expected_output()
    {
        var transcript = Transcript.Parse("t", """
            # a comment
            @@connect Wizard
            Welcome.
            > look
            The Lobby

            > [Bob] say hi
            You say, "hi"
            [Wizard] Bob says, "hi"
            @@restart
            """);

        Assert.Equal(
            [TranscriptStepKind.Connect, TranscriptStepKind.Input, TranscriptStepKind.Input, TranscriptStepKind.Restart],
            transcript.Steps.Select(s => s.Kind));
        Assert.Equal("Wizard", transcript.Steps[0].Text);
        Assert.Equal(["Welcome."], transcript.Steps[0].Expected);
        Assert.Equal("look", transcript.Steps[1].Text);
        Assert.Equal(["The Lobby", ""], transcript.Steps[1].Expected);
        Assert.Equal(("Bob", "say hi"), (transcript.Steps[2].Session, transcript.Steps[2].Text));
        Assert.Equal(["You say, \"hi\"", "[Wizard] Bob says, \"hi\""], transcript.Steps[2].Expected);
    }

    [Fact]
    public void Comment_must_end_a_step_s_expected_output()
    {
        var transcript = Transcript.Parse("t", "> look\nThe Lobby\n# now north\n> north\n");

        Assert.Equal(["The Lobby"], transcript.Steps[0].Expected);
        Assert.Empty(transcript.Steps[1].Expected);
    }

    [Fact]
    public void Output_before_any_command_must_be_refused_with_its_line_number()
    {
        var error = Assert.Throws<FormatException>(() => Transcript.Parse("t", "# fine\nstray output\n"));

        Assert.Contains("t:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_directive_must_be_refused()
    {
        Assert.Throws<FormatException>(() => Transcript.Parse("t", "@@teleport Wizard\n"));
    }

    [Fact]
    public void Object_numbers_in_output_must_not_be_taken_for_comments()
    {
        var transcript = Transcript.Parse("t", "> @list #4:get\n#4:get take  (this none none)\n");

        Assert.Equal(["#4:get take  (this none none)"], transcript.Steps[0].Expected);
    }
}
