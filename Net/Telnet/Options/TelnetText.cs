using System.Text;

namespace ActorMoo.Net.Telnet.Options;

/// <summary>Reads short identifiers (terminal types, client names, charset names) out of subnegotiation payloads.</summary>
internal static class TelnetText
{
    /// <summary>The longest identifier kept; longer ones are cut (they are only shown and compared).</summary>
    public const int MaxLength = 64;

    /// <summary>Printable ASCII from <paramref name="bytes"/>, other bytes dropped, at most <see cref="MaxLength"/> characters.</summary>
    public static string Printable(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(Math.Min(bytes.Length, MaxLength));
        foreach (byte b in bytes)
        {
            if (b is >= 0x20 and < 0x7f)
            {
                text.Append((char)b);
                if (text.Length == MaxLength)
                {
                    break;
                }
            }
        }

        return text.ToString().Trim();
    }
}
