namespace ActorMoo.Actors.Model;

public static partial class ObjectEvents
{
    private static ObjectState AddVerb(ObjectState state, VerbAdded added)
    {
        var verb = added.Verb;
        if (state.FindVerb(verb.Id) is not null) throw Misfit(state, added, $"verb id {verb.Id} is already used");
        return state with
        {
            Verbs = state.Verbs.Add(verb),
            NextVerbId = Math.Max(state.NextVerbId, verb.Id + 1),
        };
    }

    private static ObjectState ChangeVerb(ObjectState state, ObjectEvent e, int verbId, Func<VerbDefinition, VerbDefinition> change)
    {
        var verb = state.FindVerb(verbId) ?? throw Misfit(state, e, $"there is no verb with id {verbId}");
        return state with { Verbs = state.Verbs.Replace(verb, change(verb)) };
    }

    private static ObjectState DeleteVerb(ObjectState state, VerbDeleted deleted)
    {
        var verb = state.FindVerb(deleted.VerbId) ?? throw Misfit(state, deleted, $"there is no verb with id {deleted.VerbId}");
        return state with { Verbs = state.Verbs.Remove(verb) };
    }
}
