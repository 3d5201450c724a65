namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// A HOCON document could not be read, parsed or resolved. The message always starts with the
/// file, line and column of the problem (<c>hocon/actormoo.conf:12:5: ...</c>) so it can be shown
/// to an operator as-is, without a stack trace.
/// </summary>
public sealed class HoconException : Exception
{
    /// <summary>Creates an error located at <paramref name="origin"/>.</summary>
    /// <param name="origin">Where the problem is.</param>
    /// <param name="reason">What is wrong, in words an operator understands.</param>
    /// <param name="innerException">The underlying failure, for example an I/O error.</param>
    public HoconException(HoconOrigin origin, string reason, Exception? innerException = null)
        : base($"{origin}: {reason}", innerException)
    {
        Origin = origin;
        Reason = reason;
    }

    /// <summary>Where the problem is.</summary>
    public HoconOrigin Origin { get; }

    /// <summary>The description of the problem without its location.</summary>
    public string Reason { get; }
}
