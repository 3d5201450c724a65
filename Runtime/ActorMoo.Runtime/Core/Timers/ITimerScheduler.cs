namespace ActorMoo.Runtime.Core;

/// <summary>
/// Keyed timers that send a message to the actor itself, driven by the system's
/// <see cref="TimeProvider"/> (so tests advance them with virtual time). Starting a timer with
/// a key that is in use replaces the old one; a cancelled or replaced timer never delivers,
/// even if its tick was already queued. All timers are cancelled when the actor stops or
/// restarts. Use only from inside the actor.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Sends <paramref name="message"/> to self once, after <paramref name="delay"/>.</summary>
    void StartSingleTimer(object key, object message, TimeSpan delay);

    /// <summary>Sends <paramref name="message"/> to self every <paramref name="interval"/>, first after one interval.</summary>
    void StartPeriodicTimer(object key, object message, TimeSpan interval);

    /// <summary>Sends <paramref name="message"/> to self after <paramref name="initialDelay"/>, then every <paramref name="interval"/>.</summary>
    void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval);

    /// <summary>True when a timer with <paramref name="key"/> is running (a single timer until it delivers).</summary>
    bool IsTimerActive(object key);

    /// <summary>Cancels the timer with <paramref name="key"/>, if any.</summary>
    void Cancel(object key);

    /// <summary>Cancels every timer of this actor.</summary>
    void CancelAll();
}
