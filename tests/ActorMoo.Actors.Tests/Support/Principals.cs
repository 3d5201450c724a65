using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Support;

/// <summary>The three kinds of principal permission tests need, with fixed ids.</summary>
internal static class Principals
{
    public static readonly Principal Wizard = new(new ObjectId(2), IsWizard: true, IsProgrammer: true);
    public static readonly Principal Owner = new(new ObjectId(10), IsWizard: false, IsProgrammer: true);
    public static readonly Principal Stranger = new(new ObjectId(11), IsWizard: false, IsProgrammer: true);
    public static readonly Principal Player = new(new ObjectId(12), IsWizard: false, IsProgrammer: false);

    /// <summary>An object owned by <see cref="Owner"/>.</summary>
    public static ObjectState Thing(ObjectFlags flags = ObjectFlags.None, long id = 20) =>
        new() { Id = new(id), Name = "Lamp", Owner = Owner.Id, Flags = flags };

    public static void Allowed(PermissionCheck check) => Assert.True(check.IsAllowed, check.ToString());

    public static void Denied(PermissionCheck check, DenialKind kind = DenialKind.PermissionDenied)
    {
        Assert.False(check.IsAllowed);
        Assert.Equal(kind, check.Denial!.Kind);
    }
}
