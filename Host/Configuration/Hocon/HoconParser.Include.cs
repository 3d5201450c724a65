using System.Text;

namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>The include statement: <c>include "f"</c>, <c>include file("f")</c>, <c>include required("f")</c>.</summary>
internal sealed partial class HoconParser
{
    private const string IncludeSyntax =
        "include must be followed by a quoted file name: include \"file.conf\", include file(\"file.conf\") or include required(\"file.conf\")";

    /// <summary>
    /// Parses an include statement and merges the included root object into <paramref name="obj"/>
    /// as if its fields were written in place of the statement.
    /// </summary>
    private void ParseInclude(HoconObject obj, HoconPath? path)
    {
        HoconToken include = Next();
        SkipWhitespaceAndNewlines();

        // `(` is not reserved in HOCON, so `required("x")` arrives as the unquoted text
        // `required(`, the quoted name, then `)`. Collect the text on both sides of the name.
        var head = new StringBuilder();
        var tail = new StringBuilder();
        string? name = null;
        while (Peek.Kind is not (HoconTokenKind.Newline or HoconTokenKind.Comma or HoconTokenKind.CloseBrace or HoconTokenKind.End))
        {
            HoconToken token = Next();
            switch (token.Kind)
            {
                case HoconTokenKind.Whitespace:
                    continue;
                case HoconTokenKind.QuotedString when name is null:
                    name = token.Text;
                    continue;
                case HoconTokenKind.UnquotedString:
                    (name is null ? head : tail).Append(token.Text);
                    continue;
                default:
                    throw new HoconException(token.Origin, IncludeSyntax);
            }
        }

        if (name is null)
        {
            throw new HoconException(include.Origin, IncludeSyntax);
        }

        bool required = ParseIncludeWrappers(head.ToString(), tail.ToString(), include.Origin);
        HoconObject? included = _loader.Include(name, required, _directory, path ?? HoconPath.Root, include.Origin);
        if (included is null)
        {
            return;
        }

        foreach ((string key, HoconValue value) in included.Fields)
        {
            obj.MergeField(key, value);
        }
    }

    /// <summary>
    /// Checks the <c>required(</c>/<c>file(</c> wrappers around the name and their closing
    /// parentheses; returns whether the include is required.
    /// </summary>
    private static bool ParseIncludeWrappers(string head, string tail, HoconOrigin origin)
    {
        if (head.Length == 0)
        {
            return tail.Length == 0 ? false : throw new HoconException(origin, IncludeSyntax);
        }

        if (!head.EndsWith('('))
        {
            throw new HoconException(origin, IncludeSyntax);
        }

        string[] wrappers = head[..^1].Split('(');
        if (tail != new string(')', wrappers.Length) || wrappers.Length > 2)
        {
            throw new HoconException(origin, IncludeSyntax);
        }

        bool required = false;
        for (int i = 0; i < wrappers.Length; i++)
        {
            switch (wrappers[i])
            {
                case "required" when i == 0 && !required:
                    required = true;
                    break;
                case "file" when i == wrappers.Length - 1:
                    break;
                case "url" or "classpath":
                    throw new HoconException(origin, $"include {wrappers[i]}(...) is not supported; include files by path");
                default:
                    throw new HoconException(origin, IncludeSyntax);
            }
        }

        return required;
    }
}
