namespace ActorMoo.Actors.Tests.World.Transactions;

/// <summary>
/// Lets a fixed number of tasks through only once all have arrived, so that all their commits
/// overlap; a task's re-runs pass at once, so a conflicting attempt never waits for a rendezvous
/// that already happened.
/// </summary>
internal sealed class Rendezvous(int count)
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<long> _arrived = [];

    public Task ArriveOnceAsync(long taskId)
    {
        lock (_arrived)
        {
            if (!_arrived.Add(taskId))
                return Task.CompletedTask;
            if (_arrived.Count == count)
                _all.SetResult();
        }
        return _all.Task.WaitAsync(TimeSpan.FromMinutes(2));
    }
}
