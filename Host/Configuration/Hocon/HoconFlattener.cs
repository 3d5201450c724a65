namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>
/// Maps a resolved HOCON tree onto Microsoft.Extensions.Configuration keys: path elements joined
/// with <c>:</c> (<c>actormoo.network.bind</c> becomes <c>actormoo:network:bind</c>) and array
/// elements as indexed children (<c>hosts:0</c>, <c>hosts:1</c>), as the JSON provider does.
/// </summary>
internal static class HoconFlattener
{
    /// <summary>Flattens <paramref name="root"/>; HOCON null becomes a null value, an empty object or array a null-valued key.</summary>
    public static Dictionary<string, string?> Flatten(HoconObject root)
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach ((string key, HoconValue value) in root.Fields)
        {
            Add(data, key, value);
        }

        return data;
    }

    private static void Add(Dictionary<string, string?> data, string key, HoconValue value)
    {
        switch (value)
        {
            case HoconObject { Count: 0 } or HoconArray { Items.Count: 0 }:
                data[key] = null;
                break;
            case HoconObject obj:
                foreach ((string child, HoconValue childValue) in obj.Fields)
                {
                    Add(data, key + ConfigurationPath.KeyDelimiter + child, childValue);
                }

                break;
            case HoconArray array:
                for (int i = 0; i < array.Items.Count; i++)
                {
                    Add(data, key + ConfigurationPath.KeyDelimiter + i.ToString(System.Globalization.CultureInfo.InvariantCulture), array.Items[i]);
                }

                break;
            case HoconScalar scalar:
                data[key] = scalar.ConfigurationValue;
                break;
            default:
                throw new InvalidOperationException($"unresolved {value.KindName} at {value.Origin} reached the configuration");
        }
    }
}
