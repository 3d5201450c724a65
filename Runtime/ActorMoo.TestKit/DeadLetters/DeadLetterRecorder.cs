using System.Collections.Concurrent;
using ActorMoo.Runtime.Core;
using Xunit.Sdk;

namespace ActorMoo.TestKit;

/// <summary>Records the dead letters of a system from the moment it is created, for assertions.</summary>
public sealed class DeadLetterRecorder : IDisposable
{
    private readonly ConcurrentQueue<DeadLetter> _letters = new();
    private readonly IDisposable _subscription;

    /// <summary>Starts recording the dead letters of <paramref name="system"/>.</summary>
    public DeadLetterRecorder(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        _subscription = system.DeadLetters.Subscribe(_letters.Enqueue);
    }

    /// <summary>The dead letters recorded so far, oldest first.</summary>
    public IReadOnlyList<DeadLetter> Letters => _letters.ToArray();

    /// <summary>Waits until a dead letter carrying a <typeparamref name="T"/> that satisfies
    /// <paramref name="predicate"/> was recorded, and returns it.</summary>
    public async Task<DeadLetter> ExpectAsync<T>(Func<T, bool>? predicate = null, TimeSpan? timeout = null)
    {
        DeadLetter? found = null;
        try
        {
            await Eventually.ConditionAsync(
                () => (found = _letters.FirstOrDefault(l => l.Message is T m && (predicate is null || predicate(m)))) is not null,
                timeout).ConfigureAwait(false);
        }
        catch (XunitException)
        {
            throw new XunitException($"No dead letter with a matching {typeof(T).Name}; recorded: [{string.Join(", ", _letters.Select(l => l.Message))}]");
        }
        return found!;
    }

    /// <summary>Stops recording.</summary>
    public void Dispose() => _subscription.Dispose();
}
