namespace ActorMoo.Runtime.Core;

/// <summary>
/// Exponential delay before a restart: the n-th restart within the strategy's window waits
/// <c>MinDelay × 2^(n−1)</c>, capped at <see cref="MaxDelay"/>, optionally spread by up to
/// <see cref="RandomFactor"/> of itself so that many failing actors do not restart in lockstep.
/// While it waits, the child processes nothing and its mailbox keeps filling. Delays are
/// measured by the system's <see cref="TimeProvider"/>, so tests drive them with virtual time.
/// </summary>
/// <param name="MinDelay">Delay before the first restart.</param>
/// <param name="MaxDelay">Largest delay.</param>
/// <param name="RandomFactor">0 for exact delays; 0.2 adds up to 20% at random.</param>
public sealed record RestartBackoff(TimeSpan MinDelay, TimeSpan MaxDelay, double RandomFactor = 0)
{
    /// <summary>The delay before restart number <paramref name="restartCount"/> (1-based).</summary>
    public TimeSpan DelayFor(int restartCount)
    {
        if (MinDelay < TimeSpan.Zero || MaxDelay < MinDelay)
            throw new InvalidOperationException("RestartBackoff needs 0 <= MinDelay <= MaxDelay.");
        var exponent = Math.Clamp(restartCount - 1, 0, 62);
        var ticks = MinDelay.Ticks * Math.Pow(2, exponent);
        var delay = ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
        if (RandomFactor > 0) delay += delay * (Random.Shared.NextDouble() * RandomFactor);
        return delay;
    }
}
