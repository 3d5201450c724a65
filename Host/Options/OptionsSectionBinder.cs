using System.ComponentModel;
using System.Reflection;
using ActorMoo.Host.Configuration;
using ActorMoo.Host.Configuration.Hocon;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>
/// Binds one configuration section onto an options object after checking every key and value,
/// and reports what is wrong as an <see cref="OptionsValidationException"/> — so binding errors
/// read exactly like validation errors (<c>actormoo.runtime.ask-timeout = "10 parsecs": …</c>),
/// are all reported together at start, and never show a stack trace. Unknown keys are errors
/// too: a misspelt key would otherwise be silently ignored. Booleans accept the spellings HOCON
/// recommends (<c>true</c>/<c>false</c>, <c>on</c>/<c>off</c>, <c>yes</c>/<c>no</c>).
/// </summary>
/// <remarks>
/// Options classes bind through public settable properties, named by
/// <see cref="ConfigurationKeyNameAttribute"/>; a property whose type is a class (other than
/// string, dictionaries and lists) is a nested section, checked the same way.
/// </remarks>
public static class OptionsSectionBinder
{
    /// <summary>Checks and binds <paramref name="sectionKey"/> (e.g. <c>actormoo:network</c>) onto <paramref name="options"/>.</summary>
    /// <exception cref="OptionsValidationException">A key is unknown or a value has the wrong form.</exception>
    public static void Bind<TOptions>(IConfiguration configuration, string sectionKey, TOptions options)
        where TOptions : class
    {
        IConfigurationSection section = configuration.GetSection(sectionKey);
        var failures = new List<string>();
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        ReadSection(section, typeof(TOptions), values, failures);
        if (failures.Count == 0)
        {
            try
            {
                // Bound from the checked, normalised copy (booleans spelled true/false).
                new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(sectionKey).Bind(options);
            }
            catch (InvalidOperationException e)
            {
                // Only reachable for value forms ReadValue does not know; the binder's own
                // message names the key and the inner exception says why.
                failures.Add(e.InnerException is { } inner ? $"{e.Message} {inner.Message}" : e.Message);
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Microsoft.Extensions.Options.Options.DefaultName, typeof(TOptions), failures);
        }
    }

    private static void ReadSection(IConfigurationSection section, Type type, Dictionary<string, string?> values, List<string> failures)
    {
        Dictionary<string, PropertyInfo> properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(p => p.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (IConfigurationSection child in section.GetChildren())
        {
            if (properties.TryGetValue(child.Key, out PropertyInfo? property))
            {
                ReadValue(child, property.PropertyType, values, failures);
            }
            else
            {
                string known = string.Join(", ", properties.Keys.Order(StringComparer.Ordinal));
                failures.Add($"{Dotted(child.Path)}: unknown key (the keys of {Dotted(section.Path)} are: {known})");
            }
        }
    }

    private static void ReadValue(IConfigurationSection section, Type type, Dictionary<string, string?> values, List<string> failures)
    {
        if (ElementType(type) is { } elementType)
        {
            foreach (IConfigurationSection element in section.GetChildren())
            {
                ReadValue(element, elementType, values, failures);
            }

            return;
        }

        if (type.IsClass && type != typeof(string))
        {
            ReadSection(section, type, values, failures);
            return;
        }

        Type valueType = Nullable.GetUnderlyingType(type) ?? type;
        string? value = valueType == typeof(bool) ? NormaliseBoolean(section.Value) : section.Value;
        values[section.Path] = value;
        if (value is null)
        {
            return;
        }

        try
        {
            TypeDescriptor.GetConverter(valueType).ConvertFromInvariantString(value);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            string shown = HoconPath.Quote(ConfigurationRedactor.Redact(section.Path, section.Value)!);
            failures.Add($"{Dotted(section.Path)} = {shown}: {Explain(valueType, e)}");
        }
    }

    /// <summary>HOCON's boolean spellings (on/off, yes/no) as the binder's true/false; anything else unchanged.</summary>
    private static string? NormaliseBoolean(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "on" or "yes" => "true",
        "off" or "no" => "false",
        _ => value,
    };

    /// <summary>The value type of a dictionary or the element type of a list or array; null for anything else.</summary>
    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        Type? dictionary = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        if (dictionary is not null)
        {
            return dictionary.GetGenericArguments()[1];
        }

        return type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0];
    }

    private static string Explain(Type type, Exception error)
    {
        if (type.IsEnum)
        {
            return "must be one of " + string.Join(", ", Enum.GetNames(type));
        }

        if (type == typeof(bool))
        {
            return "must be true or false (or on/off, yes/no)";
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
        {
            return "must be a whole number";
        }

        if (type == typeof(double) || type == typeof(decimal) || type == typeof(float))
        {
            return "must be a number";
        }

        // Duration, ByteSize and other ActorMoo types explain themselves in their FormatException.
        return (error.InnerException ?? error).Message;
    }

    private static string Dotted(string path) =>
        string.Join('.', path.Split(ConfigurationPath.KeyDelimiter).Select(HoconPath.RenderSegment));
}
