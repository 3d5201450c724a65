using ActorMoo.Actors.World.Tasks;

namespace ActorMoo.Actors.Tests.World.Tasks;

public sealed class ReadTests : TaskTestKit
{
    [Fact]
    public async Task Read_must_return_the_players_next_line_in_a_new_transaction()
    {
        await AddVerbAsync(Hall, "ask", "notify(player, 'Your name?')\nlocal name = read()\nnotify(player, 'Hello, ' .. name .. '.')", Alice);

        await RunAsync(Alice, Hall, "ask");

        Assert.Equal(["Your name?"], Sink.TextFor(Alice));
        Assert.Equal(TaskWaitKind.Reading, Assert.Single(Queue.QueuedTasks()).Wait);
        Assert.True(Queue.IsReading(Alice));
        Assert.False(Queue.TryDeliverInput(Bob, "Mallory"));

        Assert.True(Queue.TryDeliverInput(Alice, "Ada"));

        await ExpectTextAsync(Alice, "Hello, Ada.");
        Assert.False(Queue.IsReading(Alice));
        Assert.False(Queue.TryDeliverInput(Alice, "again"));
    }

    [Fact]
    public async Task Read_in_a_verb_owned_by_someone_else_must_be_refused()
    {
        await AddVerbAsync(Hall, "snoop", "local ok, message = pcall(read)\nreturn message", Bob);

        var message = (await RunAsync(Alice, Hall, "snoop")).AsString();

        Assert.Contains("Permission denied", message, StringComparison.Ordinal);
        Assert.False(Queue.IsReading(Alice));
    }
}
