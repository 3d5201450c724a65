using ActorMoo.Actors.Model;
using static ActorMoo.Actors.Tests.Support.Principals;

namespace ActorMoo.Actors.Tests.Model.Permissions;

public sealed class ObjectRulesTests
{
    [Fact]
    public void Anyone_may_create_a_child_of_a_fertile_object() =>
        Allowed(ObjectRules.CanCreate(Stranger, [Thing(ObjectFlags.Fertile)], Stranger.Id));

    [Fact]
    public void The_owner_may_create_a_child_of_an_infertile_object() =>
        Allowed(ObjectRules.CanCreate(Owner, [Thing()], Owner.Id));

    [Fact]
    public void A_stranger_may_not_create_a_child_of_an_infertile_object()
    {
        var check = ObjectRules.CanCreate(Stranger, [Thing()], Stranger.Id);
        Denied(check);
        Assert.Equal("Permission denied: #20 (Lamp) is not fertile and you don't own it.", check.Denial!.Message);
    }

    [Fact]
    public void Every_parent_of_a_new_object_must_allow_it() =>
        Denied(ObjectRules.CanCreate(Stranger, [Thing(ObjectFlags.Fertile), Thing(id: 21)], Stranger.Id));

    [Fact]
    public void A_wizard_may_create_a_child_of_anything_for_anyone() =>
        Allowed(ObjectRules.CanCreate(Wizard, [Thing()], Player.Id));

    [Fact]
    public void Only_a_wizard_may_create_an_object_owned_by_someone_else() =>
        Denied(ObjectRules.CanCreate(Stranger, [Thing(ObjectFlags.Fertile)], Owner.Id));

    [Fact]
    public void The_owner_may_recycle() => Allowed(ObjectRules.CanRecycle(Owner, Thing()));

    [Fact]
    public void A_stranger_may_not_recycle()
    {
        var check = ObjectRules.CanRecycle(Stranger, Thing());
        Denied(check);
        Assert.Equal("Permission denied: you don't own #20 (Lamp).", check.Denial!.Message);
    }

    [Fact]
    public void A_wizard_may_recycle_anything() => Allowed(ObjectRules.CanRecycle(Wizard, Thing()));

    [Fact]
    public void The_owner_may_move_an_object() => Allowed(ObjectRules.CanMove(Owner, Thing()));

    [Fact]
    public void A_stranger_may_not_move_an_object() => Denied(ObjectRules.CanMove(Stranger, Thing()));

    [Fact]
    public void The_owner_may_rename_a_thing() => Allowed(ObjectRules.CanRename(Owner, Thing()));

    [Fact]
    public void A_stranger_may_not_rename_a_thing() => Denied(ObjectRules.CanRename(Stranger, Thing()));

    [Fact]
    public void A_player_may_not_rename_itself_even_as_its_owner()
    {
        var self = Thing(ObjectFlags.Player) with { Id = Owner.Id };
        Denied(ObjectRules.CanRename(Owner, self));
    }

    [Fact]
    public void A_wizard_may_rename_a_player() => Allowed(ObjectRules.CanRename(Wizard, Thing(ObjectFlags.Player)));

    [Fact]
    public void Only_the_owner_may_set_aliases()
    {
        Allowed(ObjectRules.CanSetAliases(Owner, Thing()));
        Denied(ObjectRules.CanSetAliases(Stranger, Thing()));
    }

    [Fact]
    public void Only_a_wizard_may_change_an_owner()
    {
        Allowed(ObjectRules.CanChangeOwner(Wizard, Thing()));
        Denied(ObjectRules.CanChangeOwner(Owner, Thing()));
    }

    [Fact]
    public void The_owner_may_set_the_read_write_and_fertile_flags() =>
        Allowed(ObjectRules.CanSetFlags(Owner, Thing(), ObjectFlags.Read | ObjectFlags.Write | ObjectFlags.Fertile));

    [Fact]
    public void A_stranger_may_not_set_the_fertile_flag() =>
        Denied(ObjectRules.CanSetFlags(Stranger, Thing(), ObjectFlags.Fertile));

    [Theory]
    [InlineData(ObjectFlags.Player)]
    [InlineData(ObjectFlags.Programmer)]
    [InlineData(ObjectFlags.Wizard)]
    public void Only_a_wizard_may_change_the_player_programmer_and_wizard_flags(ObjectFlags flag)
    {
        Denied(ObjectRules.CanSetFlags(Owner, Thing(), flag));
        Allowed(ObjectRules.CanSetFlags(Wizard, Thing(), flag));
    }

    [Fact]
    public void Keeping_a_wizard_only_flag_while_changing_another_needs_only_ownership() =>
        Allowed(ObjectRules.CanSetFlags(Owner, Thing(ObjectFlags.Player), ObjectFlags.Player | ObjectFlags.Read));

    [Fact]
    public void The_owner_may_change_parents_to_fertile_or_own_objects() =>
        Allowed(ObjectRules.CanChangeParents(Owner, Thing(), [Thing(id: 30), Thing(ObjectFlags.Fertile, 31) with { Owner = Stranger.Id }]));

    [Fact]
    public void Changing_parents_needs_ownership_of_the_object() =>
        Denied(ObjectRules.CanChangeParents(Stranger, Thing(), [Thing(ObjectFlags.Fertile, 30)]));

    [Fact]
    public void Changing_parents_to_an_infertile_stranger_object_is_refused() =>
        Denied(ObjectRules.CanChangeParents(Owner, Thing(), [Thing(id: 30) with { Owner = Stranger.Id }]));

    [Fact]
    public void Definitions_of_a_readable_object_may_be_listed_by_anyone()
    {
        Allowed(ObjectRules.CanListDefinitions(Stranger, Thing(ObjectFlags.Read)));
        Denied(ObjectRules.CanListDefinitions(Stranger, Thing()));
        Allowed(ObjectRules.CanListDefinitions(Owner, Thing()));
    }

    [Fact]
    public void Definitions_of_a_writable_object_may_be_changed_by_anyone()
    {
        Allowed(ObjectRules.CanChangeDefinitions(Stranger, Thing(ObjectFlags.Write)));
        Denied(ObjectRules.CanChangeDefinitions(Stranger, Thing()));
        Allowed(ObjectRules.CanChangeDefinitions(Wizard, Thing()));
    }
}
