namespace ActorMoo.Net.Telnet.Negotiation;

/// <summary>What to send after a Q-method step: nothing, the positive verb (WILL/DO) or the negative one (WONT/DONT).</summary>
public enum QReply : byte
{
    /// <summary>Send nothing.</summary>
    None,

    /// <summary>WILL for our side, DO for the peer's.</summary>
    Positive,

    /// <summary>WONT for our side, DONT for the peer's.</summary>
    Negative,
}

/// <summary>
/// One side (ours or the peer's) of one option, negotiated by the Q method of RFC 1143: four
/// states plus a one-entry queue, so that a request is never repeated while one is pending, an
/// agreement is never answered, and two programs can never loop offering and refusing. Every
/// method returns what to send; the caller sends it and compares <see cref="Enabled"/> before and
/// after to run the option's enable/disable hooks.
/// </summary>
public struct QMethodSide
{
    private QState _state;

    /// <summary>A request for the opposite of the pending one is queued (RFC 1143 "OPPOSITE").</summary>
    private bool _opposite;

    private enum QState : byte
    {
        No,
        Yes,
        WantNo,
        WantYes,
    }

    /// <summary>The option is in effect on this side.</summary>
    public readonly bool Enabled => _state == QState.Yes;

    /// <summary>The peer said WILL (for its side) or DO (for ours). <paramref name="accept"/>: whether we agree to the option being on.</summary>
    public QReply ReceivedPositive(bool accept)
    {
        switch (_state)
        {
            case QState.No when accept:
                _state = QState.Yes;
                return QReply.Positive;
            case QState.No:
                return QReply.Negative;
            case QState.WantNo:
                // The peer answered our refusal with agreement (an error in RFC 1143's words) or we
                // had queued a re-enable: either way the option is on now.
                _state = _opposite ? QState.Yes : QState.No;
                _opposite = false;
                return QReply.None;
            case QState.WantYes when _opposite:
                _state = QState.WantNo;
                _opposite = false;
                return QReply.Negative;
            case QState.WantYes:
                _state = QState.Yes;
                return QReply.None;
            default:
                return QReply.None;
        }
    }

    /// <summary>The peer said WONT (for its side) or DONT (for ours): always obeyed.</summary>
    public QReply ReceivedNegative()
    {
        switch (_state)
        {
            case QState.Yes:
                _state = QState.No;
                return QReply.Negative;
            case QState.WantNo when _opposite:
                _state = QState.WantYes;
                _opposite = false;
                return QReply.Positive;
            case QState.WantNo:
            case QState.WantYes:
                _state = QState.No;
                _opposite = false;
                return QReply.None;
            default:
                return QReply.None;
        }
    }

    /// <summary>We want the option on. Sends a request only if none is pending and it is not already on.</summary>
    public QReply RequestEnable()
    {
        switch (_state)
        {
            case QState.No:
                _state = QState.WantYes;
                return QReply.Positive;
            case QState.WantNo:
                _opposite = true;
                return QReply.None;
            case QState.WantYes:
                _opposite = false;
                return QReply.None;
            default:
                return QReply.None;
        }
    }

    /// <summary>We want the option off. Sends a request only if none is pending and it is not already off.</summary>
    public QReply RequestDisable()
    {
        switch (_state)
        {
            case QState.Yes:
                _state = QState.WantNo;
                return QReply.Negative;
            case QState.WantNo:
                _opposite = false;
                return QReply.None;
            case QState.WantYes:
                _opposite = true;
                return QReply.None;
            default:
                return QReply.None;
        }
    }
}
