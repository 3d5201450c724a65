namespace ActorMoo.Net.Tests.Support;

/// <summary>Byte shorthands for writing telnet sequences in tests.</summary>
public static class T
{
    public const byte Iac = 255;
    public const byte Will = 251;
    public const byte Wont = 252;
    public const byte Do = 253;
    public const byte Dont = 254;
    public const byte Sb = 250;
    public const byte Se = 240;
    public const byte Ga = 249;
    public const byte Eor = 239;

    public static byte[] Neg(byte verb, byte option) => [Iac, verb, option];

    public static byte[] Sub(byte option, params byte[] payload) => [Iac, Sb, option, .. payload, Iac, Se];

    public static byte[] Sub(byte option, string payload) => Sub(option, System.Text.Encoding.UTF8.GetBytes(payload));
}
