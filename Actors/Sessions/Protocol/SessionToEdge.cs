namespace ActorMoo.Actors.Sessions.Protocol;

/// <summary>A message from a session to its client's connection (the <c>Client</c> of <see cref="OpenSession"/>).</summary>
public interface ISessionOutput
{
    /// <summary>The session it belongs to.</summary>
    string SessionId { get; }
}

/// <summary>
/// Text for the player in ActorMoo markup (docs/markup.md): the edge renders it for the client
/// (ANSI, HTML or plain) and wraps it to the window width. One message is one or more whole lines.
/// </summary>
/// <param name="SessionId">The session.</param>
/// <param name="Markup">The text, in markup; player-typed parts are already escaped.</param>
public sealed record Output(string SessionId, string Markup) : ISessionOutput;

/// <summary>A prompt: text without a line ending, followed by telnet GA or EOR so clients know it is complete.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Markup">The prompt, in markup.</param>
public sealed record Prompt(string SessionId, string Markup) : ISessionOutput;

/// <summary>An out-of-band message for the client: a GMCP package over telnet, a JSON frame over the websocket.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Package">The package name, e.g. <c>Room.Info</c>.</param>
/// <param name="Json">The package's JSON data (may be empty).</param>
public sealed record OobOutput(string SessionId, string Package, string Json) : ISessionOutput;

/// <summary>Whether the client should echo what the player types: off while a password is entered (telnet ECHO).</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Hidden">True to hide input, false to show it again.</param>
public sealed record InputEcho(string SessionId, bool Hidden) : ISessionOutput;

/// <summary>The session ended on the world's side (<c>@quit</c>, taken over, idle on the login screen): say <paramref name="Reason"/> if non-empty, then close the connection.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Reason">A last line for the player, in markup, or empty.</param>
public sealed record Disconnect(string SessionId, string Reason) : ISessionOutput;
