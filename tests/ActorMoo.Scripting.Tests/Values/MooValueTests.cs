using ActorMoo.Scripting.Values;

namespace ActorMoo.Scripting.Tests.Values;

public sealed class MooValueTests
{
    [Fact]
    public void Default_value_is_nil() => Assert.True(default(MooValue).IsNil);

    [Fact]
    public void Integers_and_floats_with_the_same_number_are_different_values()
    {
        Assert.NotEqual(MooValue.Integer(1), MooValue.Float(1.0));
        Assert.Equal(MooValue.Float(1.0), MooValue.Float(1.0));
    }

    [Fact]
    public void Lists_compare_by_content()
    {
        var a = MooValue.List(1, "two", new ObjectId(3));
        var b = MooValue.List(new MooValue[] { 1, "two", new ObjectId(3) });
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, MooValue.List(1, "two"));
    }

    [Fact]
    public void Maps_compare_by_content_whatever_the_insertion_order()
    {
        var a = MooValue.Map([new("x", 1), new("y", 2)]);
        var b = MooValue.Map([new("y", 2), new("x", 1)]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Map_rejects_lists_nil_and_NaN_as_keys()
    {
        Assert.Throws<ArgumentException>(() => MooValue.Map([new(MooValue.List(1), 1)]));
        Assert.Throws<ArgumentException>(() => MooValue.Map([new(MooValue.Nil, 1)]));
        Assert.Throws<ArgumentException>(() => MooValue.Map([new(double.NaN, 1)]));
    }

    [Fact]
    public void Map_rejects_duplicate_keys() =>
        Assert.Throws<ArgumentException>(() => MooValue.Map([new("x", 1), new("x", 2)]));

    [Fact]
    public void Accessing_the_wrong_kind_throws() =>
        Assert.Throws<InvalidOperationException>(() => MooValue.String("x").AsInteger());

    [Fact]
    public void ToString_writes_readable_literals()
    {
        var value = MooValue.List(MooValue.Nil, true, 42, 1.0, "a\"b", new ObjectId(12), MooValue.Map([new("k", 1)]));
        Assert.Equal("{nil, true, 42, 1.0, \"a\\\"b\", #12, [\"k\" -> 1]}", value.ToString());
    }

    [Fact]
    public void Lua_truthiness_treats_only_nil_and_false_as_false()
    {
        Assert.False(MooValue.Nil.IsTruthy);
        Assert.False(MooValue.False.IsTruthy);
        Assert.True(MooValue.Integer(0).IsTruthy);
        Assert.True(MooValue.String("").IsTruthy);
    }

    [Fact]
    public void Object_ids_parse_and_print_in_MOO_form()
    {
        Assert.True(ObjectId.TryParse("#-1", out var nothing));
        Assert.Equal(ObjectId.Nothing, nothing);
        Assert.Equal("#123", new ObjectId(123).ToString());
        Assert.False(ObjectId.TryParse("123", out _));
    }
}
