using System.ComponentModel;
using System.Globalization;

namespace ActorMoo.Host.Configuration.Units;

/// <summary>
/// Lets the configuration binder read <typeparamref name="T"/> properties from their HOCON text
/// (<c>10s</c>, <c>250ms</c>, <c>64MiB</c>) and write them back in the same form.
/// </summary>
/// <typeparam name="T">A unit value type such as <see cref="Duration"/> or <see cref="ByteSize"/>.</typeparam>
public sealed class UnitTextConverter<T> : TypeConverter
    where T : struct, IUnitText<T>
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc />
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? T.Parse(text) : base.ConvertFrom(context, culture, value);

    /// <inheritdoc />
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is T unit
            ? unit.ToString()
            : base.ConvertTo(context, culture, value, destinationType);
}
