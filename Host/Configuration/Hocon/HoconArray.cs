namespace ActorMoo.Host.Configuration.Hocon;

/// <summary>A HOCON array. In the configuration it becomes indexed children <c>key:0</c>, <c>key:1</c>, …</summary>
public sealed class HoconArray : HoconValue
{
    internal HoconArray(IReadOnlyList<HoconValue> items, HoconOrigin origin)
        : base(origin) => Items = items;

    /// <summary>The elements in order.</summary>
    public IReadOnlyList<HoconValue> Items { get; }

    internal override string KindName => "an array";
}
