

namespace LiaisonBot.App;

public enum GroupKind
{
    Township,
    Agency,
}

public sealed record Group(string Code, string Name, GroupKind Kind);

/// <summary>A person on the roster: a committee member, or secretariat staff (who belong to no group).</summary>
public sealed record Member(string Code, string Name, string? GroupCode, Roles Roles, string Email, string? AadObjectId)
{
    public bool Has(Roles role) => (Roles & role) == role;
}
