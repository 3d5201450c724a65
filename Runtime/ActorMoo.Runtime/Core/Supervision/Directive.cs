namespace ActorMoo.Runtime.Core;

/// <summary>What a supervisor does with a child that failed.</summary>
public enum Directive
{
    /// <summary>Keep the instance and its state; drop the failed message and continue with the next.</summary>
    Resume,

    /// <summary>Replace the instance with a new one (state is lost, the mailbox is kept).</summary>
    Restart,

    /// <summary>Stop the child for good.</summary>
    Stop,

    /// <summary>Fail the supervisor itself with the same exception; its own supervisor decides.</summary>
    Escalate,
}
