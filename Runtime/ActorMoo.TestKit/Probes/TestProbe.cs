using System.Diagnostics;
using ActorMoo.Runtime.Core;
using Xunit.Sdk;

namespace ActorMoo.TestKit;

/// <summary>
/// A scriptable stand-in for an actor: give its <see cref="Ref"/> to the actor under test, then
/// assert on what arrives with the <c>Expect…</c> methods. Waits are real time (default
/// <see cref="TestKitDefaults.ExpectTimeout"/>, capped by an enclosing <c>WithinAsync</c>);
/// a failed expectation throws an xunit assertion failure that says what arrived instead.
/// </summary>
public sealed class TestProbe
{
    private readonly ProbeActorRef _ref;
    private IActorRef? _lastSender;

    /// <summary>Creates a probe in <paramref name="system"/>; <paramref name="name"/> appears in its path.</summary>
    public TestProbe(ActorSystem system, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        _ref = new ProbeActorRef(system, name ?? "probe");
    }

    /// <summary>The probe's reference: pass it as a sender or put it in messages.</summary>
    public IActorRef Ref => _ref;

    /// <summary>The sender of the last message taken by an expectation.</summary>
    /// <exception cref="InvalidOperationException">No message has been received yet.</exception>
    public IActorRef LastSender => _lastSender ?? throw new InvalidOperationException("The probe has not received a message yet.");

    /// <summary>Sends <paramref name="message"/> to <paramref name="target"/> with this probe as the sender.</summary>
    public void Send(IActorRef target, object message) => target.Tell(message, _ref);

    /// <summary>Replies to <see cref="LastSender"/> with this probe as the sender.</summary>
    public void Reply(object message) => LastSender.Tell(message, _ref);

    /// <summary>Watches <paramref name="actor"/>; its <see cref="Terminated"/> arrives like a message.</summary>
    public IActorRef Watch(IActorRef actor)
    {
        _ref.Watch(actor);
        return actor;
    }

    /// <summary>Stops watching <paramref name="actor"/>.</summary>
    public IActorRef Unwatch(IActorRef actor)
    {
        _ref.Unwatch(actor);
        return actor;
    }

    /// <summary>Expects the next message to be a <typeparamref name="T"/> and returns it.</summary>
    public Task<T> ExpectMsgAsync<T>(TimeSpan? timeout = null) => ExpectMsgAsync<T>(static _ => true, timeout);

    /// <summary>Expects the next message to equal <paramref name="expected"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(T expected, TimeSpan? timeout = null) =>
        ExpectMsgAsync<T>(m => EqualityComparer<T>.Default.Equals(m, expected), timeout, $"equal to {expected}");

    /// <summary>Expects the next message to be a <typeparamref name="T"/> satisfying <paramref name="predicate"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(Func<T, bool> predicate, TimeSpan? timeout = null) =>
        ExpectMsgAsync(predicate, timeout, "matching the predicate");

    /// <summary>Expects no message for <paramref name="duration"/> (default <see cref="TestKitDefaults.NoMessageDuration"/>).</summary>
    public async Task ExpectNoMsgAsync(TimeSpan? duration = null)
    {
        var wait = WithinScope.Remaining(duration ?? TestKitDefaults.NoMessageDuration);
        if (await TryReceiveAsync(wait).ConfigureAwait(false) is { } envelope)
            throw new XunitException($"Expected no message for {wait.TotalMilliseconds:0} ms, but received {Describe(envelope)}.");
    }

    /// <summary>Expects <see cref="Terminated"/> for <paramref name="actor"/> (watch it first).</summary>
    public Task<Terminated> ExpectTerminatedAsync(IActorRef actor, TimeSpan? timeout = null) =>
        ExpectMsgAsync<Terminated>(t => t.ActorRef.Equals(actor), timeout, $"for {actor.Path}");

    /// <summary>Skips messages until one is a <typeparamref name="T"/> satisfying <paramref name="isTarget"/>, and returns it.</summary>
    public async Task<T> FishForMessageAsync<T>(Func<T, bool> isTarget, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(isTarget);
        var limit = WithinScope.Remaining(timeout);
        var started = Stopwatch.GetTimestamp();
        var skipped = new List<string>();
        while (true)
        {
            if (await TryReceiveAsync(Left(limit, started)).ConfigureAwait(false) is not { } envelope)
                throw new XunitException($"No {typeof(T).Name} matching the predicate arrived within {limit.TotalMilliseconds:0} ms; skipped: [{string.Join(", ", skipped)}].");
            if (envelope.Message is T typed && isTarget(typed)) return typed;
            skipped.Add(Describe(envelope));
        }
    }

    /// <summary>Receives exactly <paramref name="count"/> messages of any type, in order.</summary>
    public async Task<IReadOnlyList<object>> ReceiveNAsync(int count, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var limit = WithinScope.Remaining(timeout);
        var started = Stopwatch.GetTimestamp();
        var messages = new List<object>(count);
        while (messages.Count < count)
        {
            if (await TryReceiveAsync(Left(limit, started)).ConfigureAwait(false) is not { } envelope)
                throw new XunitException($"Expected {count} messages within {limit.TotalMilliseconds:0} ms, but received only {messages.Count}.");
            messages.Add(envelope.Message);
        }
        return messages;
    }

    private async Task<T> ExpectMsgAsync<T>(Func<T, bool> predicate, TimeSpan? timeout, string description)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var limit = WithinScope.Remaining(timeout);
        if (await TryReceiveAsync(limit).ConfigureAwait(false) is not { } envelope)
            throw new XunitException($"Expected a {typeof(T).Name} {description} within {limit.TotalMilliseconds:0} ms, but no message arrived.");
        if (envelope.Message is T typed && predicate(typed)) return typed;
        throw new XunitException($"Expected a {typeof(T).Name} {description}, but received {Describe(envelope)}.");
    }

    /// <summary>The next envelope, or null when none arrives within <paramref name="timeout"/>.</summary>
    private async Task<Envelope?> TryReceiveAsync(TimeSpan timeout)
    {
        var reader = _ref.Received.Reader;
        if (!reader.TryRead(out var envelope))
        {
            using var cancellation = new CancellationTokenSource(timeout);
            try
            {
                envelope = await reader.ReadAsync(cancellation.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
        _lastSender = envelope.Sender;
        return envelope;
    }

    private static TimeSpan Left(TimeSpan limit, long started)
    {
        var left = limit - Stopwatch.GetElapsedTime(started);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private static string Describe(Envelope envelope) =>
        $"{envelope.Message} (from {envelope.Sender?.Path.ToString() ?? "no sender"})";
}
