using System.ComponentModel;
using System.Globalization;

namespace ActorMoo.Host.Configuration.Units;

/// <summary>
/// Lets the configuration binder read <see cref="ByteSize"/> properties from HOCON size text
/// (<c>64MiB</c>, <c>512K</c>) and write them back in the same form.
/// </summary>
public sealed class ByteSizeConverter : TypeConverter
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc />
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? ByteSize.Parse(text) : base.ConvertFrom(context, culture, value);

    /// <inheritdoc />
    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
        destinationType == typeof(string) && value is ByteSize size
            ? size.ToString()
            : base.ConvertTo(context, culture, value, destinationType);
}
