using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.Actors;

public sealed class ActorPathTests : ActorTestKit
{
    private sealed class Idle : Actor;

    [Fact]
    public void Path_must_render_scheme_system_and_elements()
    {
        var path = ActorPath.Root("world").Child("user").Child("lobby", 7);

        Assert.Equal("actormoo://world/user/lobby", path.ToString());
        Assert.Equal("/user/lobby", path.ToStringWithoutAddress());
        Assert.Equal(["user", "lobby"], path.Elements);
        Assert.Equal(7, path.Uid);
    }

    [Fact]
    public void Path_equality_must_ignore_the_incarnation_uid()
    {
        var first = ActorPath.Root("world").Child("user").Child("lobby", 1);
        var second = ActorPath.Root("world").Child("user").Child("lobby", 2);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, ActorPath.Root("other").Child("user").Child("lobby", 1));
    }

    [Fact]
    public async Task References_to_two_incarnations_at_the_same_path_must_differ()
    {
        var first = ActorOf(Props.Create<Idle>(), "same");
        await Sys.StopAsync(first);
        var second = ActorOf(Props.Create<Idle>(), "same");

        Assert.Equal(first.Path, second.Path);
        Assert.NotEqual(first, second);
        Assert.Equal("actormoo://test/user/same", second.Path.ToString());
    }

    [Fact]
    public void Generated_names_must_be_unique_and_start_with_a_dollar()
    {
        var names = Enumerable.Range(0, 50).Select(_ => ActorOf(Props.Create<Idle>()).Path.Name).ToList();

        Assert.All(names, n => Assert.StartsWith("$", n, StringComparison.Ordinal));
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
