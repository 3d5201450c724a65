using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Core;

/// <summary>The <see cref="IActorContext"/> of one cell: a thin view, so user code cannot reach the cell itself.</summary>
internal sealed class ActorContext(ActorCell cell) : IActorContext
{
    public IActorRef Self => cell;

    public IActorRef Sender => cell.Sender;

    public IActorRef Parent => (IActorRef?)cell.Parent ?? cell;

    public ActorSystem System => cell.System;

    public IReadOnlyList<IActorRef> Children => cell.Children;

    public ITimerScheduler Timers => cell.Timers;

    public IStash Stash => cell.Stash;

    public ILogger Log => cell.Logger;

    public IActorRef ActorOf(Props props, string? name = null) => cell.ActorOf(props, name);

    public IActorRef? Child(string name) => cell.Child(name);

    public void Stop(IActorRef actor) => cell.Stop(actor);

    public IActorRef Watch(IActorRef actor)
    {
        cell.Watch(actor);
        return actor;
    }

    public IActorRef Unwatch(IActorRef actor)
    {
        cell.Unwatch(actor);
        return actor;
    }

    public void RunTask(Func<Task> work) => cell.RunTask(work);
}
