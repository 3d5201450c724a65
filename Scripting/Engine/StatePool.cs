using ActorMoo.Scripting.Budgets;

namespace ActorMoo.Scripting.Engine;

/// <summary>
/// Lua states of one engine. A run leases a state for its whole life (suspended runs keep
/// theirs, so per-run memory accounting stays exact); finished runs give it back. Idle states
/// beyond <see cref="ScriptingSettings.MaxIdleStates"/> are closed.
/// </summary>
internal sealed class StatePool(ScriptEngine engine, ScriptWatchdog watchdog) : IDisposable
{
    private readonly Lock _lock = new();
    /// <summary>Idle states, most recently returned last (reused first: its caches are warm).</summary>
    private readonly List<LuaSandboxState> _idle = [];

    /// <summary>States alive (idle or leased).</summary>
    private int _alive;

    /// <summary>Set by <see cref="Dispose"/>: returned states are closed instead of pooled.</summary>
    private bool _disposed;

    /// <summary>Idle-state collections queued or running (tests wait for zero).</summary>
    private int _pendingCollections;

    /// <summary>Idle-state collections queued or running.</summary>
    public int PendingCollections => Volatile.Read(ref _pendingCollections);

    /// <summary>States alive right now.</summary>
    public int Alive => Volatile.Read(ref _alive);

    /// <summary>States waiting in the pool.</summary>
    public int Idle
    {
        get
        {
            lock (_lock) return _idle.Count;
        }
    }

    /// <summary>A snapshot of the idle states (for measurements).</summary>
    public LuaSandboxState[] IdleStates()
    {
        lock (_lock) return [.. _idle];
    }

    /// <summary>An idle state, a new one, or null when <see cref="ScriptingSettings.MaxStates"/> are all leased.</summary>
    public LuaSandboxState? Rent()
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, typeof(ScriptEngine));
            if (_idle.Count > 0)
            {
                var idle = _idle[^1];
                _idle.RemoveAt(_idle.Count - 1);
                return idle;
            }
            if (_alive >= engine.Settings.MaxStates) return null;
            _alive++;
        }
        try
        {
            var state = LuaSandboxState.Create(engine);
            watchdog.Add(state);
            return state;
        }
        catch
        {
            Interlocked.Decrement(ref _alive);
            throw;
        }
    }

    /// <summary>
    /// Takes a state back from a finished or abandoned run. A state left holding a lot of garbage
    /// is collected on the thread pool while idle, off the path of the run that just ended.
    /// </summary>
    public void Return(LuaSandboxState state)
    {
        if (!state.Broken)
        {
            lock (_lock)
            {
                if (!_disposed && _idle.Count < engine.Settings.MaxIdleStates)
                {
                    _idle.Add(state);
                    if (state.IsBloated)
                    {
                        Interlocked.Increment(ref _pendingCollections);
                        ThreadPool.UnsafeQueueUserWorkItem(static s => s.pool.CollectWhileIdle(s.state), (pool: this, state), preferLocal: false);
                    }
                    return;
                }
            }
        }
        Close(state);
    }

    /// <summary>Collects an idle state's garbage unless a run has taken it meanwhile.</summary>
    private void CollectWhileIdle(LuaSandboxState state)
    {
        try
        {
            lock (_lock)
            {
                if (!_idle.Remove(state)) return;
            }
            state.CollectGarbage();
            Return(state);
        }
        finally
        {
            Interlocked.Decrement(ref _pendingCollections);
        }
    }

    private void Close(LuaSandboxState state)
    {
        watchdog.Remove(state);
        state.Dispose();
        Interlocked.Decrement(ref _alive);
    }

    /// <summary>Closes the idle states; leased ones are closed when their runs end.</summary>
    public void Dispose()
    {
        LuaSandboxState[] idle;
        lock (_lock)
        {
            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
        }
        foreach (var state in idle) Close(state);
    }
}
