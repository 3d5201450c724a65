namespace ActorMoo.Host.Node;

/// <summary>
/// The node cannot start for a reason the operator must fix (a data directory that cannot be
/// created, …). The CLI prints the message alone, without a stack trace, and exits non-zero.
/// </summary>
public sealed class NodeStartupException : Exception
{
    /// <summary>Creates the exception with an operator-facing <paramref name="message"/>.</summary>
    public NodeStartupException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
