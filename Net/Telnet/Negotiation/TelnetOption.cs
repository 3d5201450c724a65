namespace ActorMoo.Net.Telnet.Negotiation;

/// <summary>
/// One telnet option on one connection: its two sides negotiated by the RFC 1143 Q method, and
/// hooks for when a side turns on or off and for its subnegotiations. Subclasses (one file per
/// option in Options/) say which sides they allow and what the option means. Calls come from the
/// connection with its negotiation lock held, so subclasses need no locking of their own.
/// </summary>
public abstract class TelnetOption
{
    private QMethodSide _local;

    private QMethodSide _remote;

    /// <summary>Creates the option for the connection <paramref name="host"/>.</summary>
    protected TelnetOption(ITelnetOptionHost host)
    {
        Host = host ?? throw new ArgumentNullException(nameof(host));
    }

    /// <summary>The option number.</summary>
    public abstract byte Code { get; }

    /// <summary>The option's name, for logs and docs.</summary>
    public abstract string Name { get; }

    /// <summary>True while the option is in effect on the server's side (we said WILL and the client DO).</summary>
    public bool LocalEnabled => _local.Enabled;

    /// <summary>True while the option is in effect on the client's side (it said WILL and we DO).</summary>
    public bool RemoteEnabled => _remote.Enabled;

    /// <summary>The connection.</summary>
    protected ITelnetOptionHost Host { get; }

    /// <summary>Whether to agree when the client asks us to enable the option (DO). Default: no.</summary>
    protected virtual bool AcceptLocal => false;

    /// <summary>Whether to agree when the client offers to enable the option (WILL). Default: no.</summary>
    protected virtual bool AcceptRemote => false;

    /// <summary>Sends this option's opening offer, if it makes one, when the connection starts.</summary>
    public virtual void Start()
    {
    }

    /// <summary>The connection has ended: releases what the option holds (timers). No negotiation follows.</summary>
    public virtual void Stop()
    {
    }

    /// <summary>Handles <c>IAC verb Code</c> from the client.</summary>
    public void Receive(byte verb)
    {
        bool localBefore = LocalEnabled, remoteBefore = RemoteEnabled;
        switch (verb)
        {
            case Protocol.TelnetCommand.Do:
                Send(_local.ReceivedPositive(AcceptLocal), local: true);
                break;
            case Protocol.TelnetCommand.Dont:
                Send(_local.ReceivedNegative(), local: true);
                if (!localBefore)
                {
                    OnLocalRefused();
                }

                break;
            case Protocol.TelnetCommand.Will:
                Send(_remote.ReceivedPositive(AcceptRemote), local: false);
                break;
            case Protocol.TelnetCommand.Wont:
                Send(_remote.ReceivedNegative(), local: false);
                if (!remoteBefore)
                {
                    OnRemoteRefused();
                }

                break;
        }

        Notify(localBefore, remoteBefore);
    }

    /// <summary>Handles <c>IAC SB Code payload IAC SE</c> from the client. Default: ignore.</summary>
    public virtual void Subnegotiation(ReadOnlySpan<byte> payload)
    {
    }

    /// <summary>Asks to turn the server's side on (WILL), unless it is on or a request is pending.</summary>
    protected void RequestLocal(bool enable)
    {
        bool localBefore = LocalEnabled, remoteBefore = RemoteEnabled;
        Send(enable ? _local.RequestEnable() : _local.RequestDisable(), local: true);
        Notify(localBefore, remoteBefore);
    }

    /// <summary>Asks the client to turn its side on (DO) or off (DONT), unless it already is or a request is pending.</summary>
    protected void RequestRemote(bool enable)
    {
        bool localBefore = LocalEnabled, remoteBefore = RemoteEnabled;
        Send(enable ? _remote.RequestEnable() : _remote.RequestDisable(), local: false);
        Notify(localBefore, remoteBefore);
    }

    /// <summary>The server's side turned on.</summary>
    protected virtual void OnLocalEnabled()
    {
    }

    /// <summary>The server's side turned off.</summary>
    protected virtual void OnLocalDisabled()
    {
    }

    /// <summary>The client's side turned on.</summary>
    protected virtual void OnRemoteEnabled()
    {
    }

    /// <summary>The client's side turned off (or was refused).</summary>
    protected virtual void OnRemoteDisabled()
    {
    }

    /// <summary>The client answered DONT while the server's side was off (it refused our offer, or repeated itself).</summary>
    protected virtual void OnLocalRefused()
    {
    }

    /// <summary>The client answered WONT while its side was off (it refused our request, or repeated itself).</summary>
    protected virtual void OnRemoteRefused()
    {
    }

    private void Send(QReply reply, bool local)
    {
        if (reply == QReply.None)
        {
            return;
        }

        byte verb = (local, reply) switch
        {
            (true, QReply.Positive) => Protocol.TelnetCommand.Will,
            (true, _) => Protocol.TelnetCommand.Wont,
            (false, QReply.Positive) => Protocol.TelnetCommand.Do,
            _ => Protocol.TelnetCommand.Dont,
        };
        Host.SendNegotiation(verb, Code);
    }

    private void Notify(bool localBefore, bool remoteBefore)
    {
        if (LocalEnabled != localBefore)
        {
            if (LocalEnabled)
            {
                OnLocalEnabled();
            }
            else
            {
                OnLocalDisabled();
            }
        }

        if (RemoteEnabled != remoteBefore)
        {
            if (RemoteEnabled)
            {
                OnRemoteEnabled();
            }
            else
            {
                OnRemoteDisabled();
            }
        }
    }
}
