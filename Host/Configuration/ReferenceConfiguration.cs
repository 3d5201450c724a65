using System.Reflection;

namespace ActorMoo.Host.Configuration;

/// <summary>
/// The built-in defaults: <c>hocon/reference.conf</c>, embedded in the executable at build time
/// so the node runs with no configuration files at all.
/// </summary>
public static class ReferenceConfiguration
{
    /// <summary>Name used for the embedded file in messages and origins.</summary>
    public const string SourceName = "reference.conf (built in)";

    private const string ResourceName = "ActorMoo.Host.reference.conf";

    private static readonly Lazy<string> Content = new(Read);

    /// <summary>The text of <c>reference.conf</c>.</summary>
    public static string Text => Content.Value;

    private static string Read()
    {
        using Stream stream = typeof(ReferenceConfiguration).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the executable was built without its embedded {ResourceName}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
