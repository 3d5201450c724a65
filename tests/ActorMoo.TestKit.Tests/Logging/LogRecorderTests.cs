using ActorMoo.TestKit;
using Microsoft.Extensions.Logging;
using Xunit.Sdk;

namespace ActorMoo.TestKit.Tests.Logging;

public sealed class LogRecorderTests
{
    [Fact]
    public void Recorder_must_capture_entries_at_or_above_its_minimum_level_and_echo_them()
    {
        var echoed = new List<string>();
        using var recorder = new LogRecorder(LogLevel.Information, echoed.Add);
        var logger = recorder.CreateLogger("Category");

        logger.LogDebug("hidden");
        logger.LogInformation("shown {Value}", 42);

        var entry = Assert.Single(recorder.Entries);
        Assert.Equal(new CapturedLogEntry(LogLevel.Information, "Category", default, "shown 42", null), entry);
        Assert.Equal(["[Information] Category: shown 42"], echoed);
    }

    [Fact]
    public async Task ExpectError_must_find_an_error_whose_exception_wraps_the_expected_type()
    {
        using var recorder = new LogRecorder();
        var logger = recorder.CreateLogger("C");
        logger.LogError(new InvalidOperationException("outer", new TimeoutException("inner")), "failed");

        var entry = await recorder.ExpectErrorAsync<TimeoutException>(e => e.Message == "inner");

        Assert.Equal("failed", entry.Message);
        Assert.Single(recorder.Errors);
    }

    [Fact]
    public async Task ExpectError_must_fail_listing_the_errors_that_were_logged()
    {
        using var recorder = new LogRecorder();
        recorder.CreateLogger("C").LogError(new IOException("disk"), "io failed");

        var error = await Assert.ThrowsAsync<XunitException>(() => recorder.ExpectErrorAsync<TimeoutException>(timeout: TimeSpan.FromMilliseconds(30)));

        Assert.Contains("io failed", error.Message);
    }

    [Fact]
    public void Echo_that_throws_after_the_test_ended_must_not_break_logging()
    {
        using var recorder = new LogRecorder(echo: _ => throw new InvalidOperationException("test finished"));

        recorder.CreateLogger("C").LogWarning("late");

        Assert.Single(recorder.Entries);
    }
}
