using System.Globalization;
using System.Text;

namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// Turns an entity id into the actor name of its entity and back. Actor names may not contain
/// '/', whitespace or control characters, nor start with '$'; those characters (and '%', the
/// escape) are written as <c>%XX</c>, or <c>%uXXXX</c> above U+00FF, per UTF-16 code unit, so
/// every string maps to exactly one name. An id that needs no escaping (the usual case: "#42",
/// "player-7") is its own name — the same string instance, so a million entities do not carry
/// their ids twice. The encoding is stable: names are part of entity paths across a cluster.
/// </summary>
internal static class EntityName
{
    /// <summary>The actor name of <paramref name="entityId"/> (non-empty).</summary>
    public static string Encode(string entityId)
    {
        var first = FirstToEscape(entityId);
        if (first < 0) return entityId;

        var builder = new StringBuilder(entityId.Length + 8);
        builder.Append(entityId, 0, first);
        for (var i = first; i < entityId.Length; i++)
        {
            var c = entityId[i];
            if (!MustEscape(c, i)) builder.Append(c);
            else if (c <= 0xFF) builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else builder.Append("%u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    /// <summary>The entity id whose actor name is <paramref name="name"/>.</summary>
    /// <exception cref="FormatException">The name is not the result of <see cref="Encode"/>.</exception>
    public static string Decode(string name)
    {
        var first = name.IndexOf('%', StringComparison.Ordinal);
        if (first < 0) return name;

        var builder = new StringBuilder(name.Length);
        builder.Append(name, 0, first);
        for (var i = first; i < name.Length; i++)
        {
            if (name[i] != '%')
            {
                builder.Append(name[i]);
                continue;
            }
            var wide = i + 1 < name.Length && name[i + 1] == 'u';
            var start = wide ? i + 2 : i + 1;
            var digits = wide ? 4 : 2;
            if (start + digits > name.Length
                || !int.TryParse(name.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                throw new FormatException($"'{name}' is not an encoded entity name: bad escape at {i}.");
            builder.Append((char)code);
            i = start + digits - 1;
        }
        return builder.ToString();
    }

    private static int FirstToEscape(string id)
    {
        for (var i = 0; i < id.Length; i++)
        {
            if (MustEscape(id[i], i)) return i;
        }
        return -1;
    }

    private static bool MustEscape(char c, int index) =>
        c is '%' or '/' || (c == '$' && index == 0) || char.IsWhiteSpace(c) || char.IsControl(c);
}
