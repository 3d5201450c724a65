using System.Collections.Concurrent;

namespace ActorMoo.Actors.Accounts;

/// <summary>
/// Slows down password guessing: after <see cref="AccountSettings.FreeFailedLogins"/> failures of
/// one name, or from one address, each further attempt must wait twice as long as the last
/// (from <see cref="AccountSettings.ThrottleBase"/> up to <see cref="AccountSettings.ThrottleMax"/>).
/// A success clears the name's and the address's record. In memory only: a restart forgives.
/// </summary>
/// <remarks>Thread-safe: logins run on many threads. Records idle for twice the maximum wait are dropped so the table stays small.</remarks>
public sealed class LoginThrottle
{
    /// <summary>When the table has this many records, idle ones are swept on the next failure.</summary>
    private const int SweepThreshold = 10_000;

    private readonly AccountSettings _settings;
    private readonly TimeProvider _time;

    /// <summary>Failure records by key (<c>name:</c> or <c>address:</c> prefixed), replaced immutably.</summary>
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>Creates the throttle.</summary>
    public LoginThrottle(AccountSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        _settings = settings;
        _time = time;
    }

    /// <summary>How long a login of <paramref name="name"/> from <paramref name="address"/> must still wait; zero when it may go ahead.</summary>
    public TimeSpan Wait(string name, string address)
    {
        var now = _time.GetUtcNow();
        var wait = TimeSpan.Zero;
        foreach (var key in Keys(name, address))
        {
            if (_failures.TryGetValue(key, out var record) && record.BlockedUntil > now && record.BlockedUntil - now > wait)
                wait = record.BlockedUntil - now;
        }
        return wait;
    }

    /// <summary>Counts a failed login of <paramref name="name"/> from <paramref name="address"/>.</summary>
    public void Failed(string name, string address)
    {
        var now = _time.GetUtcNow();
        if (_failures.Count >= SweepThreshold)
            Sweep(now);
        foreach (var key in Keys(name, address))
            _failures.AddOrUpdate(key, static (_, arg) => arg.Self.Next(0, arg.Now), static (_, old, arg) => arg.Self.Next(old.Count, arg.Now), (Self: this, Now: now));
    }

    /// <summary>Forgets the failures of <paramref name="name"/> and <paramref name="address"/> after a successful login.</summary>
    public void Succeeded(string name, string address)
    {
        foreach (var key in Keys(name, address))
            _failures.TryRemove(key, out _);
    }

    /// <summary>The player-facing refusal for a wait.</summary>
    public static string Message(TimeSpan wait) =>
        $"Too many failed attempts; try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds.";

    private Failures Next(int count, DateTimeOffset now)
    {
        var failures = count + 1;
        var over = failures - _settings.FreeFailedLogins;
        if (over <= 0)
            return new Failures(failures, now, now);
        // 2^(over-1) × base, capped; the exponent is capped first so the multiplication cannot overflow.
        var factor = Math.Pow(2, Math.Min(over - 1, 30));
        var wait = TimeSpan.FromTicks((long)Math.Min(_settings.ThrottleBase.Ticks * factor, _settings.ThrottleMax.Ticks));
        return new Failures(failures, now, now + wait);
    }

    private void Sweep(DateTimeOffset now)
    {
        var horizon = now - (_settings.ThrottleMax * 2);
        foreach (var (key, record) in _failures)
        {
            if (record.LastFailure < horizon)
                _failures.TryRemove(key, out _);
        }
    }

    private static string[] Keys(string name, string address) => ["name:" + AccountNames.Normalize(name), "address:" + address];

    /// <summary>Failures so far, the last one's time, and until when further attempts are refused.</summary>
    private sealed record Failures(int Count, DateTimeOffset LastFailure, DateTimeOffset BlockedUntil);
}
