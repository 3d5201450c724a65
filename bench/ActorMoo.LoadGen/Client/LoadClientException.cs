namespace ActorMoo.LoadGen.Client;

/// <summary>
/// A connection failed in a way the run counts as an error (login refused, connection closed),
/// as opposed to a command whose answer merely says no.
/// </summary>
public sealed class LoadClientException(string message) : Exception(message);
