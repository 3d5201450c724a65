namespace ActorMoo.Runtime.Core;

/// <summary>The stash of one actor. Owned by the actor's mailbox turn.</summary>
internal sealed class ActorStash(ActorCell owner, int capacity) : IStash
{
    private readonly EnvelopeDeque _stashed = new();

    /// <inheritdoc />
    public int Count => _stashed.Count;

    /// <inheritdoc />
    public int Capacity => capacity;

    /// <inheritdoc />
    public void Stash()
    {
        var current = owner.TakeCurrentForStash();
        if (_stashed.Count >= capacity) throw new StashOverflowException(owner.Path, capacity);
        _stashed.PushBack(current);
    }

    /// <inheritdoc />
    public void Unstash()
    {
        if (_stashed.Count > 0) owner.Unstashed.PushFront(_stashed.PopFront());
    }

    /// <inheritdoc />
    public void UnstashAll()
    {
        if (_stashed.Count == 0) return;
        // Pushing to the front newest-first leaves them oldest-first, ahead of earlier unstashed mail.
        var unstashed = owner.Unstashed;
        while (_stashed.Count > 0) unstashed.PushFront(_stashed.PopBack());
    }

    /// <summary>Hands every stashed envelope to <paramref name="sink"/> (used on stop).</summary>
    public void DrainTo(Action<Envelope> sink)
    {
        while (_stashed.Count > 0) sink(_stashed.PopFront());
    }
}
