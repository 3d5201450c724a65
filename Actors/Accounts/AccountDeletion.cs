namespace ActorMoo.Actors.Accounts;

/// <summary>How <see cref="AccountService.DeleteAsync"/> ended.</summary>
public enum AccountDeletion
{
    /// <summary>The account is gone (its name is free again) and its player object recycled.</summary>
    Deleted,

    /// <summary>The player has no account (a guest, or deleted already).</summary>
    NoAccount,

    /// <summary>The password given is not the account's; nothing changed.</summary>
    WrongPassword,

    /// <summary>The player is a wizard: wizards are not deleted this way (a wizard removes a wizard in the world); nothing changed.</summary>
    Wizard,

    /// <summary>The directory could not store the removal; nothing changed.</summary>
    Failed,
}
