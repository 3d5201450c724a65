using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.Actors;

public sealed class AsyncHandlerTests : ActorTestKit
{
    private sealed record Work(int N, TaskCompletionSource Gate);

    private sealed record Quick(int N);

    private sealed record Fail;

    /// <summary>Records when handlers start and end; an async handler awaits the gate of its message.</summary>
    private sealed class Worker : Actor
    {
        private int _running;

        public Worker(IActorRef log)
        {
            ReceiveAsync<Work>(async w =>
            {
                if (++_running != 1) log.Tell("overlap");
                log.Tell($"start {w.N}");
                await w.Gate.Task;
                log.Tell($"end {w.N} replying to {Sender.Path.Name}");
                _running--;
            });
            Receive<Quick>(q =>
            {
                if (_running != 0) log.Tell("overlap");
                log.Tell($"quick {q.N}");
            });
            ReceiveAsync<Fail>(async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("async boom");
            });
        }
    }

    /// <summary>Initializes asynchronously with RunTask in PreStart; messages wait until it is done.</summary>
    private sealed class SlowStarter : Actor
    {
        private readonly Task _initialization;
        private bool _ready;

        public SlowStarter(Task initialization, IActorRef log)
        {
            _initialization = initialization;
            Receive<Quick>(q => log.Tell(_ready ? $"ready {q.N}" : "not ready"));
        }

        protected override void PreStart() => Context.RunTask(async () =>
        {
            await _initialization;
            _ready = true;
        });
    }

    [Fact]
    public async Task Async_handler_must_hold_back_the_next_message_until_its_task_completes()
    {
        var worker = ActorOf(Props.Create(() => new Worker(TestActor.Ref)));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        worker.Tell(new Work(1, gate));
        worker.Tell(new Quick(2));

        await ExpectMsgAsync("start 1");
        await ExpectNoMsgAsync();
        gate.SetResult();
        await ExpectMsgAsync<string>(s => s.StartsWith("end 1", StringComparison.Ordinal));
        await ExpectMsgAsync("quick 2");
    }

    [Fact]
    public async Task Sender_must_stay_the_current_sender_across_awaits()
    {
        var worker = ActorOf(Props.Create(() => new Worker(TestActor.Ref)));
        var probe = CreateTestProbe("original-sender");
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        worker.Tell(new Work(1, gate), probe.Ref);

        await ExpectMsgAsync("start 1");
        gate.SetResult();
        var end = await ExpectMsgAsync<string>();
        Assert.Equal($"end 1 replying to {probe.Ref.Path.Name}", end);
    }

    [Fact]
    public async Task Async_handlers_must_never_overlap_under_many_messages()
    {
        var worker = ActorOf(Props.Create(() => new Worker(TestActor.Ref)));
        var gates = Enumerable.Range(0, 20).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        for (var i = 0; i < gates.Count; i++)
        {
            worker.Tell(new Work(i, gates[i]));
            worker.Tell(new Quick(i));
        }
        foreach (var gate in gates) gate.SetResult();

        var messages = await ReceiveNAsync(gates.Count * 3);
        Assert.DoesNotContain("overlap", messages);
        var expected = Enumerable.Range(0, gates.Count)
            .SelectMany(i => new[] { $"start {i}", $"end {i} replying to deadLetters", $"quick {i}" });
        Assert.Equal(expected, messages.Cast<string>());
    }

    [Fact]
    public async Task Stop_must_wait_for_an_async_handler_in_flight_so_its_work_completes()
    {
        var worker = ActorOf(Props.Create(() => new Worker(TestActor.Ref)));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        worker.Tell(new Work(1, gate));
        await ExpectMsgAsync("start 1");
        var probe = CreateTestProbe();
        probe.Watch(worker);

        Sys.Stop(worker);
        await probe.ExpectNoMsgAsync();
        gate.SetResult();

        await ExpectMsgAsync<string>(s => s.StartsWith("end 1", StringComparison.Ordinal));
        await probe.ExpectTerminatedAsync(worker);
    }

    [Fact]
    public async Task Faulted_async_handler_must_fail_the_actor_like_a_throwing_handler()
    {
        var worker = ActorOf(Props.Create(() => new Worker(TestActor.Ref)));
        worker.Tell(new Fail());

        var logged = await ExpectErrorLoggedAsync<InvalidOperationException>(e => e.Message == "async boom");
        Assert.Contains(worker.Path.ToString(), logged.Message);
        worker.Tell(new Quick(1));
        await ExpectMsgAsync("quick 1");
    }

    [Fact]
    public async Task RunTask_in_PreStart_must_keep_messages_waiting_until_initialization_completes()
    {
        var initialization = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = ActorOf(Props.Create(() => new SlowStarter(initialization.Task, TestActor.Ref)));
        actor.Tell(new Quick(1));

        await ExpectNoMsgAsync();
        initialization.SetResult();
        await ExpectMsgAsync("ready 1");
    }

    [Fact]
    public async Task Failed_RunTask_in_PreStart_must_be_an_initialization_failure_that_stops_the_actor()
    {
        var initialization = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = ActorOf(Props.Create(() => new SlowStarter(initialization.Task, TestActor.Ref)));
        Watch(actor);
        initialization.SetException(new IOException("journal unavailable"));

        await ExpectTerminatedAsync(actor);
        await ExpectErrorLoggedAsync<IOException>();
    }
}
