using ActorMoo.Runtime.Core;
using Microsoft.Extensions.Logging;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ActorMoo.TestKit;

/// <summary>
/// Base class for xunit tests of actors: every test gets a fresh <see cref="ActorSystem"/> on a
/// virtual clock, a default probe (<see cref="TestActor"/>), captured logs and dead letters, and
/// the system is shut down (and must terminate) when the test ends.
/// </summary>
/// <example>
/// <code>
/// public sealed class GreeterTests(ITestOutputHelper output) : ActorTestKit(output)
/// {
///     [Fact]
///     public async Task Greeter_must_answer_a_greeting()
///     {
///         var greeter = ActorOf(Props.Create(() => new Greeter()));
///         greeter.Tell(new Greet("Ann"), TestActor.Ref);
///         await ExpectMsgAsync(new Greeting("Hello, Ann"));
///     }
/// }
/// </code>
/// </example>
public abstract class ActorTestKit : IAsyncLifetime
{
    private readonly TestKitOptions _options;
    private readonly ILoggerFactory _loggerFactory;

    /// <summary>Creates the system for one test.</summary>
    /// <param name="output">xunit's output; when given, captured log lines are echoed to it.</param>
    /// <param name="options">Setup options; null for the defaults (virtual time, Debug logs).</param>
    protected ActorTestKit(ITestOutputHelper? output = null, TestKitOptions? options = null)
    {
        _options = options ?? new TestKitOptions();
        Clock = new ManualTimeProvider();
        Logs = new LogRecorder(_options.MinimumLogLevel, output is null ? null : output.WriteLine);
        _loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(_options.MinimumLogLevel).AddProvider(Logs));
        Sys = ActorSystem.Create(_options.SystemName, new ActorSystemOptions
        {
            TimeProvider = _options.UseVirtualTime ? Clock : TimeProvider.System,
            LoggerFactory = _loggerFactory,
            Throughput = _options.Throughput,
        });
        DeadLetters = new DeadLetterRecorder(Sys);
        TestActor = CreateTestProbe("testActor");
    }

    /// <summary>The system under test.</summary>
    public ActorSystem Sys { get; }

    /// <summary>The virtual clock the system runs on (unless <see cref="TestKitOptions.UseVirtualTime"/> is false).</summary>
    public ManualTimeProvider Clock { get; }

    /// <summary>The default probe; the <c>Expect…</c> methods of this class read from it.</summary>
    public TestProbe TestActor { get; }

    /// <summary>Everything logged by the system and its actors.</summary>
    public LogRecorder Logs { get; }

    /// <summary>Every dead letter of the system.</summary>
    public DeadLetterRecorder DeadLetters { get; }

    /// <summary>The sender of the last message <see cref="TestActor"/> took.</summary>
    public IActorRef LastSender => TestActor.LastSender;

    /// <summary>A new probe in the system under test.</summary>
    public TestProbe CreateTestProbe(string? name = null) => new(Sys, name);

    /// <summary>Creates a top-level actor in the system under test.</summary>
    public IActorRef ActorOf(Props props, string? name = null) => Sys.ActorOf(props, name);

    /// <summary>Moves the virtual clock forward, firing due timers.</summary>
    public void Advance(TimeSpan delta)
    {
        if (!_options.UseVirtualTime) throw new InvalidOperationException("This test kit runs on real time (UseVirtualTime = false).");
        Clock.Advance(delta);
    }

    /// <summary>Watches <paramref name="actor"/> with <see cref="TestActor"/>.</summary>
    public IActorRef Watch(IActorRef actor) => TestActor.Watch(actor);

    /// <summary>See <see cref="TestProbe.ExpectMsgAsync{T}(TimeSpan?)"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(TimeSpan? timeout = null) => TestActor.ExpectMsgAsync<T>(timeout);

    /// <summary>See <see cref="TestProbe.ExpectMsgAsync{T}(T, TimeSpan?)"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(T expected, TimeSpan? timeout = null) => TestActor.ExpectMsgAsync(expected, timeout);

    /// <summary>See <see cref="TestProbe.ExpectMsgAsync{T}(Func{T, bool}, TimeSpan?)"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(Func<T, bool> predicate, TimeSpan? timeout = null) => TestActor.ExpectMsgAsync(predicate, timeout);

    /// <summary>See <see cref="TestProbe.ExpectNoMsgAsync"/>.</summary>
    public Task ExpectNoMsgAsync(TimeSpan? duration = null) => TestActor.ExpectNoMsgAsync(duration);

    /// <summary>See <see cref="TestProbe.ExpectTerminatedAsync"/>.</summary>
    public Task<Terminated> ExpectTerminatedAsync(IActorRef actor, TimeSpan? timeout = null) => TestActor.ExpectTerminatedAsync(actor, timeout);

    /// <summary>See <see cref="TestProbe.FishForMessageAsync{T}"/>.</summary>
    public Task<T> FishForMessageAsync<T>(Func<T, bool> isTarget, TimeSpan? timeout = null) => TestActor.FishForMessageAsync(isTarget, timeout);

    /// <summary>See <see cref="TestProbe.ReceiveNAsync"/>.</summary>
    public Task<IReadOnlyList<object>> ReceiveNAsync(int count, TimeSpan? timeout = null) => TestActor.ReceiveNAsync(count, timeout);

    /// <summary>Runs <paramref name="body"/>, which must finish within <paramref name="max"/> (real time);
    /// expectations inside wait at most until then.</summary>
    public Task WithinAsync(TimeSpan max, Func<Task> body) =>
        WithinScope.RunAsync(max, async () =>
        {
            await body().ConfigureAwait(false);
            return true;
        });

    /// <summary>Like <see cref="WithinAsync(TimeSpan, Func{Task})"/>, returning the body's result.</summary>
    public Task<T> WithinAsync<T>(TimeSpan max, Func<Task<T>> body) => WithinScope.RunAsync(max, body);

    /// <summary>Retries <paramref name="assertion"/> until it passes or the timeout expires.</summary>
    public Task AwaitAssertAsync(Action assertion, TimeSpan? timeout = null, TimeSpan? interval = null) =>
        Eventually.AssertAsync(assertion, timeout, interval);

    /// <summary>Retries the async <paramref name="assertion"/> until it passes or the timeout expires.</summary>
    public Task AwaitAssertAsync(Func<Task> assertion, TimeSpan? timeout = null, TimeSpan? interval = null) =>
        Eventually.AssertAsync(assertion, timeout, interval);

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public Task AwaitConditionAsync(Func<bool> condition, TimeSpan? timeout = null, string? message = null) =>
        Eventually.ConditionAsync(condition, timeout, message);

    /// <summary>Waits for a dead letter carrying a matching <typeparamref name="T"/>.</summary>
    public Task<DeadLetter> ExpectDeadLetterAsync<T>(Func<T, bool>? predicate = null, TimeSpan? timeout = null) =>
        DeadLetters.ExpectAsync(predicate, timeout);

    /// <summary>Waits for an error log entry carrying a matching <typeparamref name="TException"/>.</summary>
    public Task<CapturedLogEntry> ExpectErrorLoggedAsync<TException>(Func<TException, bool>? predicate = null, TimeSpan? timeout = null)
        where TException : Exception =>
        Logs.ExpectErrorAsync(predicate, timeout);

    /// <inheritdoc />
    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Shuts the system down; fails the test if it does not terminate within
    /// <see cref="TestKitOptions.ShutdownTimeout"/> (an actor stuck in an async handler, say).</summary>
    public virtual async Task DisposeAsync()
    {
        try
        {
            var terminating = Sys.TerminateAsync("test finished");
            // On virtual time the shutdown's own phase timeouts never expire; the wait here is real time.
            await terminating.WaitAsync(_options.ShutdownTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new XunitException($"The actor system did not terminate within {_options.ShutdownTimeout}.");
        }
        finally
        {
            DeadLetters.Dispose();
            _loggerFactory.Dispose();
        }
    }
}
