namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// Thrown when a stored payload carries a manifest that no registered type or upcaster knows, or
/// when a value of an unregistered CLR type is serialized. The stored row is left untouched, so
/// registering the missing type (or an upcaster for it) and retrying loses nothing.
/// </summary>
public sealed class UnknownManifestException : Exception
{
    /// <summary>Creates the exception for the manifest or type name that could not be resolved.</summary>
    public UnknownManifestException(string message) : base(message)
    {
    }
}
