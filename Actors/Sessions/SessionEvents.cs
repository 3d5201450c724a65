using System.Text.Json.Serialization;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.Sessions;

/// <summary>A session opened (journal of <c>session-&lt;id&gt;</c>): it starts on the login screen.</summary>
/// <param name="Connection">Who connected and how.</param>
/// <param name="Terminal">The client's capabilities at connect time.</param>
/// <param name="At">When.</param>
public sealed record SessionOpened(ConnectionInfo Connection, TerminalCapabilities Terminal, DateTimeOffset At)
{
    /// <summary>The stable manifest.</summary>
    public const string Manifest = "moo.session-opened.v1";
}

/// <summary>The session logged in: it is now bound to a player.</summary>
/// <param name="Player">The player object's number.</param>
/// <param name="Name">The player's name.</param>
/// <param name="Guest">True for a guest, whose player is recycled when the session ends.</param>
/// <param name="At">When.</param>
public sealed record SessionLoggedIn(long Player, string Name, bool Guest, DateTimeOffset At)
{
    /// <summary>The stable manifest.</summary>
    public const string Manifest = "moo.session-logged-in.v1";
}

/// <summary>The client's capabilities changed (window size, colours, screen reader).</summary>
/// <param name="Terminal">The capabilities now.</param>
public sealed record SessionTerminalChanged(TerminalCapabilities Terminal)
{
    /// <summary>The stable manifest.</summary>
    public const string Manifest = "moo.session-terminal-changed.v1";
}

/// <summary>Registers the session actor's persisted types.</summary>
public static class SessionRegistration
{
    /// <summary>Registers the session events with persistence. Returns the registry for chaining.</summary>
    public static TypeManifestRegistry RegisterSessions(this TypeManifestRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .Register(SessionOpened.Manifest, SessionsJsonContext.Default.SessionOpened)
            .Register(SessionLoggedIn.Manifest, SessionsJsonContext.Default.SessionLoggedIn)
            .Register(SessionTerminalChanged.Manifest, SessionsJsonContext.Default.SessionTerminalChanged);
    }
}

/// <summary>Source-generated JSON contracts of the session events.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SessionOpened))]
[JsonSerializable(typeof(SessionLoggedIn))]
[JsonSerializable(typeof(SessionTerminalChanged))]
internal sealed partial class SessionsJsonContext : JsonSerializerContext;
