using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;
using static ActorMoo.Actors.Tests.Support.Principals;

namespace ActorMoo.Actors.Tests.Model.Permissions;

public sealed class PropertyRulesTests
{
    private static ResolvedProperty Defined(PropertyPermissions permissions) =>
        new(Thing(), new ObjectId(20), new PropertyDefinition("secret", "x", Owner.Id, permissions), "x", IsClear: false);

    private static ResolvedProperty Inherited(PropertyPermissions permissions, ObjectState? obj = null) =>
        new(obj ?? Thing(id: 21) with { Owner = Stranger.Id }, new ObjectId(20), new PropertyDefinition("secret", "x", Owner.Id, permissions), "x", IsClear: true);

    [Fact]
    public void Anyone_may_read_a_property_with_the_r_bit() => Allowed(PropertyRules.CanRead(Stranger, Defined(PropertyPermissions.Read)));

    [Fact]
    public void A_stranger_may_not_read_an_unreadable_property()
    {
        var check = PropertyRules.CanRead(Stranger, Defined(PropertyPermissions.None));
        Denied(check);
        Assert.Equal("Permission denied: you can't read #20.secret.", check.Denial!.Message);
    }

    [Fact]
    public void The_owner_may_read_an_unreadable_property() => Allowed(PropertyRules.CanRead(Owner, Defined(PropertyPermissions.None)));

    [Fact]
    public void A_wizard_may_read_any_property() => Allowed(PropertyRules.CanRead(Wizard, Defined(PropertyPermissions.None)));

    [Fact]
    public void A_stranger_may_not_write_another_players_property() =>
        Denied(PropertyRules.CanWrite(Stranger, Defined(PropertyPermissions.Read)));

    [Fact]
    public void Anyone_may_write_a_property_with_the_w_bit() => Allowed(PropertyRules.CanWrite(Stranger, Defined(PropertyPermissions.Write)));

    [Fact]
    public void The_owner_may_write_a_property() => Allowed(PropertyRules.CanWrite(Owner, Defined(PropertyPermissions.None)));

    [Fact]
    public void A_wizard_may_write_any_property() => Allowed(PropertyRules.CanWrite(Wizard, Defined(PropertyPermissions.None)));

    [Fact]
    public void With_the_c_bit_the_owner_of_a_child_may_write_its_inherited_copy()
    {
        Allowed(PropertyRules.CanWrite(Stranger, Inherited(PropertyPermissions.Chown)));
        Denied(PropertyRules.CanWrite(Owner, Inherited(PropertyPermissions.Chown)));
    }

    [Fact]
    public void Without_the_c_bit_the_owner_of_a_child_may_not_write_its_inherited_copy()
    {
        Denied(PropertyRules.CanWrite(Stranger, Inherited(PropertyPermissions.None)));
        Allowed(PropertyRules.CanWrite(Owner, Inherited(PropertyPermissions.None)));
    }

    [Fact]
    public void The_owner_may_change_the_bits_of_a_property() =>
        Allowed(PropertyRules.CanChangeInfo(Owner, Defined(PropertyPermissions.None), Owner.Id));

    [Fact]
    public void The_w_bit_allows_changing_the_bits_but_not_the_owner()
    {
        Allowed(PropertyRules.CanChangeInfo(Stranger, Defined(PropertyPermissions.Write), Owner.Id));
        Denied(PropertyRules.CanChangeInfo(Stranger, Defined(PropertyPermissions.Write), Stranger.Id));
    }

    [Fact]
    public void Only_a_wizard_may_give_a_property_away()
    {
        Denied(PropertyRules.CanChangeInfo(Owner, Defined(PropertyPermissions.None), Stranger.Id));
        Allowed(PropertyRules.CanChangeInfo(Wizard, Defined(PropertyPermissions.None), Stranger.Id));
    }

    [Fact]
    public void Property_info_can_only_be_changed_on_the_definer() =>
        Denied(PropertyRules.CanChangeInfo(Wizard, Inherited(PropertyPermissions.None), Owner.Id), DenialKind.InvalidArgument);

    [Fact]
    public void The_owner_may_add_a_property_owned_by_himself() => Allowed(PropertyRules.CanAdd(Owner, Thing(), Owner.Id));

    [Fact]
    public void A_stranger_may_not_add_a_property_to_an_unwritable_object() => Denied(PropertyRules.CanAdd(Stranger, Thing(), Stranger.Id));

    [Fact]
    public void Anyone_may_add_a_property_to_a_writable_object() =>
        Allowed(PropertyRules.CanAdd(Stranger, Thing(ObjectFlags.Write), Stranger.Id));

    [Fact]
    public void Only_a_wizard_may_add_a_property_owned_by_someone_else()
    {
        Denied(PropertyRules.CanAdd(Owner, Thing(), Stranger.Id));
        Allowed(PropertyRules.CanAdd(Wizard, Thing(), Stranger.Id));
    }

    [Fact]
    public void The_owner_may_delete_a_property_the_object_defines()
    {
        var thing = Thing() with { Properties = [new PropertyDefinition("secret", 1L, Owner.Id, PropertyPermissions.None)] };
        Allowed(PropertyRules.CanDelete(Owner, thing, "secret"));
        Denied(PropertyRules.CanDelete(Stranger, thing, "secret"));
        Denied(PropertyRules.CanDelete(Owner, thing, "other"), DenialKind.InvalidArgument);
    }

    [Fact]
    public void The_owner_of_the_inherited_copy_may_clear_it_but_the_w_bit_is_not_enough()
    {
        Allowed(PropertyRules.CanClear(Stranger, Inherited(PropertyPermissions.Chown)));
        Denied(PropertyRules.CanClear(Stranger, Inherited(PropertyPermissions.Write)));
        Allowed(PropertyRules.CanClear(Wizard, Inherited(PropertyPermissions.None)));
    }

    [Fact]
    public void A_property_cannot_be_cleared_on_its_definer() =>
        Denied(PropertyRules.CanClear(Wizard, Defined(PropertyPermissions.None)), DenialKind.InvalidArgument);
}
