namespace ActorMoo.TestKit;

/// <summary>
/// Default real-time durations of expectations. Expectations wait on the wall clock (actors run
/// on real threads even when their timers use virtual time). Set the environment variable
/// <c>ACTORMOO_TEST_TIME_FACTOR</c> (e.g. 3) to stretch every default on a slow or shared machine.
/// </summary>
public static class TestKitDefaults
{
    /// <summary>The factor from <c>ACTORMOO_TEST_TIME_FACTOR</c> (1 when unset or invalid).</summary>
    public static double TimeFactor { get; } =
        double.TryParse(Environment.GetEnvironmentVariable("ACTORMOO_TEST_TIME_FACTOR"), System.Globalization.CultureInfo.InvariantCulture, out var f) && f >= 1 ? f : 1;

    /// <summary>How long an expectation waits for a message by default (10 s × factor). Passing tests
    /// never wait this long; it only bounds how long a failing test takes.</summary>
    public static TimeSpan ExpectTimeout { get; } = Dilated(TimeSpan.FromSeconds(10));

    /// <summary>How long <c>ExpectNoMsgAsync</c> watches by default (200 ms × factor).</summary>
    public static TimeSpan NoMessageDuration { get; } = Dilated(TimeSpan.FromMilliseconds(200));

    /// <summary><paramref name="duration"/> stretched by <see cref="TimeFactor"/>.</summary>
    public static TimeSpan Dilated(TimeSpan duration) => duration * TimeFactor;
}
