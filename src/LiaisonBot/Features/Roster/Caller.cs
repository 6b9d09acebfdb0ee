using LiaisonBot.Localization;

namespace LiaisonBot.Features.Roster;

/// <summary>Who sent the activity, as the server knows them: never taken from card data.</summary>
public sealed record Caller(Member? Member, Committee Roster, Texts Texts)
{
    public bool IsOnRoster => Member is not null;

    public bool Has(Roles role) => Member?.Has(role) == true;

    public Group? Group => Roster.Group(Member?.GroupCode);
}
