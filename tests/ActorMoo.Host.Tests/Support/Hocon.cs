using System.Globalization;
using System.Text;
using ActorMoo.Host.Configuration.Hocon;

namespace ActorMoo.Host.Tests.Support;

/// <summary>Parses HOCON for tests (with a private, empty environment unless given one) and renders trees canonically.</summary>
internal static class Hocon
{
    public static HoconObject Parse(string text, IReadOnlyDictionary<string, string>? environment = null, string? baseDirectory = null) =>
        HoconDocument.Parse(text, "test.conf", baseDirectory, Lookup(environment));

    public static Func<string, string?> Lookup(IReadOnlyDictionary<string, string>? environment) =>
        name => environment is not null && environment.TryGetValue(name, out string? value) ? value : null;

    /// <summary>Renders a value as compact JSON with object keys sorted, so equivalent trees render equal.</summary>
    public static string Canonical(HoconValue? value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    /// <summary>Asserts that two HOCON documents mean the same tree (the spec's "these are equivalent").</summary>
    public static void AssertEquivalent(string expected, string actual, IReadOnlyDictionary<string, string>? environment = null) =>
        Assert.Equal(Canonical(Parse(expected, environment)), Canonical(Parse(actual, environment)));

    /// <summary>Asserts that the document renders to <paramref name="json"/> (keys sorted).</summary>
    public static void AssertJson(string json, string hocon, IReadOnlyDictionary<string, string>? environment = null) =>
        Assert.Equal(json, Canonical(Parse(hocon, environment)));

    public static HoconException AssertError(string hocon, int line, int column, string messagePart)
    {
        HoconException error = Assert.Throws<HoconException>(() => Parse(hocon));
        Assert.Equal((line, column), (error.Origin.Line, error.Origin.Column));
        Assert.Contains(messagePart, error.Reason, StringComparison.OrdinalIgnoreCase);
        return error;
    }

    private static void Write(StringBuilder text, HoconValue? value)
    {
        switch (value)
        {
            case null:
                text.Append("<missing>");
                break;
            case HoconObject obj:
                text.Append('{');
                bool first = true;
                foreach ((string key, HoconValue child) in obj.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? "" : ",").Append(HoconPath.Quote(key)).Append(':');
                    Write(text, child);
                    first = false;
                }

                text.Append('}');
                break;
            case HoconArray array:
                text.Append('[');
                for (int i = 0; i < array.Items.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    Write(text, array.Items[i]);
                }

                text.Append(']');
                break;
            case HoconScalar { Kind: HoconScalarKind.String } scalar:
                text.Append(HoconPath.Quote(scalar.Text));
                break;
            case HoconScalar scalar:
                text.Append(scalar.Text);
                break;
            default:
                text.Append(CultureInfo.InvariantCulture, $"<{value.GetType().Name}>");
                break;
        }
    }
}
