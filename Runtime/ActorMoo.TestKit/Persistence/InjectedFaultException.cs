namespace ActorMoo.TestKit.Persistence;

/// <summary>The failure the in-memory journal and snapshot storages throw when a test asked them to fail.</summary>
public sealed class InjectedFaultException : Exception
{
    /// <summary>Creates the exception describing the injected fault.</summary>
    public InjectedFaultException(string message) : base(message)
    {
    }
}
