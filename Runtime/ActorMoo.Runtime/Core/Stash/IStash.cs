namespace ActorMoo.Runtime.Core;

/// <summary>
/// Puts messages aside to process them later, typically while the actor waits for something
/// (recovery, a reply) in another behavior. Unstashed messages go before any new mail, in the
/// order they were stashed. The stash is bounded (<see cref="Capacity"/>); stashing into a full
/// stash throws <see cref="StashOverflowException"/>. On restart stashed messages are unstashed
/// for the new instance; on stop they become dead letters. Use only from inside the actor.
/// </summary>
public interface IStash
{
    /// <summary>The number of stashed messages.</summary>
    int Count { get; }

    /// <summary>The most messages the stash holds.</summary>
    int Capacity { get; }

    /// <summary>Stashes the message being processed (with its sender). At most once per message.</summary>
    void Stash();

    /// <summary>Moves the oldest stashed message to the front of the mailbox.</summary>
    void Unstash();

    /// <summary>Moves every stashed message to the front of the mailbox, oldest first.</summary>
    void UnstashAll();
}
