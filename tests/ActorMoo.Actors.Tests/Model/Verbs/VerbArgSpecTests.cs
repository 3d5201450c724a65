using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Verbs;

public sealed class VerbArgSpecTests
{
    private static readonly ObjectId Self = new(10);
    private static readonly ObjectId Other = new(11);
    private static readonly ObjectId Nothing = SpecialObjects.Nothing;

    [Fact]
    public void This_requires_the_object_searched() =>
        Assert.True(new VerbArgSpec(ObjectArgSpec.This, Preposition.None, ObjectArgSpec.None).Matches(Self, Self, Preposition.None, Nothing));

    [Fact]
    public void This_refuses_another_object() =>
        Assert.False(new VerbArgSpec(ObjectArgSpec.This, Preposition.None, ObjectArgSpec.None).Matches(Self, Other, Preposition.None, Nothing));

    [Fact]
    public void None_requires_that_no_object_was_given()
    {
        Assert.True(VerbArgSpec.NoneNoneNone.Matches(Self, Nothing, Preposition.None, Nothing));
        Assert.False(VerbArgSpec.NoneNoneNone.Matches(Self, Other, Preposition.None, Nothing));
    }

    [Fact]
    public void Any_accepts_failed_and_ambiguous_matches_as_well_as_objects()
    {
        var spec = new VerbArgSpec(ObjectArgSpec.Any, Preposition.None, ObjectArgSpec.None);
        Assert.True(spec.Matches(Self, SpecialObjects.FailedMatch, Preposition.None, Nothing));
        Assert.True(spec.Matches(Self, SpecialObjects.AmbiguousMatch, Preposition.None, Nothing));
        Assert.True(spec.Matches(Self, Self, Preposition.None, Nothing));
        Assert.True(spec.Matches(Self, Nothing, Preposition.None, Nothing));
    }

    [Fact]
    public void A_specific_preposition_must_be_the_one_typed()
    {
        var spec = new VerbArgSpec(ObjectArgSpec.Any, Preposition.In, ObjectArgSpec.This);
        Assert.True(spec.Matches(Self, Other, Preposition.In, Self));
        Assert.False(spec.Matches(Self, Other, Preposition.On, Self));
        Assert.False(spec.Matches(Self, Other, Preposition.None, Self));
    }

    [Fact]
    public void Any_preposition_accepts_none_too() =>
        Assert.True(VerbArgSpec.AnyAnyAny.Matches(Self, Nothing, Preposition.None, Nothing));

    [Theory]
    [InlineData("this none this")]
    [InlineData("any in front of this")]
    [InlineData("none with/using any")]
    [InlineData("any any any")]
    public void Specs_read_back_from_their_written_form(string text)
    {
        Assert.True(VerbArgSpec.TryParse(text, out var spec));
        Assert.True(VerbArgSpec.TryParse(spec.ToString(), out var again));
        Assert.Equal(spec, again);
    }

    [Fact]
    public void A_multi_word_preposition_is_read_between_the_object_specs()
    {
        Assert.True(VerbArgSpec.TryParse("any on top of this", out var spec));
        Assert.Equal(new VerbArgSpec(ObjectArgSpec.Any, Preposition.On, ObjectArgSpec.This), spec);
        Assert.Equal("any on top of/on/onto/upon this", spec.ToString());
    }

    [Theory]
    [InlineData("this none")]
    [InlineData("that none this")]
    [InlineData("this nowhere this")]
    public void Malformed_specs_are_refused(string text) =>
        Assert.False(VerbArgSpec.TryParse(text, out _));
}
