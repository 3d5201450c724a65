namespace ActorMoo.Host.Persistence;

/// <summary>
/// The node's database cannot be opened or brought to the schema this release needs (server
/// unreachable, authentication refused, a file that is not a database, a schema newer than this
/// release…). The CLI prints the message alone and exits with
/// <see cref="Cli.ExitCodes.StorageUnavailable"/>: unlike a configuration error, trying again
/// later may succeed, so a service manager may restart the node.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Creates the exception with an operator-facing <paramref name="message"/>.</summary>
    public StorageUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
