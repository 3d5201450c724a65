using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;
using Xunit.Sdk;

namespace ActorMoo.TestKit.Tests.DeadLetters;

public sealed class DeadLetterRecorderTests : ActorTestKit
{
    private sealed record Lost(int N);

    [Fact]
    public async Task Recorder_must_see_dead_letters_and_match_them_by_type_and_predicate()
    {
        Sys.DeadLetters.Ref.Tell(new Lost(1));
        Sys.DeadLetters.Ref.Tell(new Lost(2));

        var letter = await DeadLetters.ExpectAsync<Lost>(l => l.N == 2);

        Assert.Equal(new Lost(2), letter.Message);
        Assert.Equal(2, DeadLetters.Letters.Count);
    }

    [Fact]
    public async Task Recorder_must_fail_listing_what_it_recorded()
    {
        Sys.DeadLetters.Ref.Tell(new Lost(7));

        var error = await Assert.ThrowsAsync<XunitException>(() => DeadLetters.ExpectAsync<string>(timeout: TimeSpan.FromMilliseconds(30)));

        Assert.Contains("Lost { N = 7 }", error.Message);
    }

    [Fact]
    public void Recorder_must_stop_recording_when_disposed()
    {
        using var recorder = new DeadLetterRecorder(Sys);
        recorder.Dispose();

        Sys.DeadLetters.Ref.Tell(new Lost(1));

        Assert.Empty(recorder.Letters);
    }
}
