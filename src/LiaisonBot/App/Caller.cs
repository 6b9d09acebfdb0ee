using LiaisonBot.Localization;

namespace LiaisonBot.App;

/// <summary>A roster member who sent the activity, as the server knows them: never taken from card data.</summary>
public sealed record Caller(Member Member, Committee Roster, Texts Texts)
{
    public bool Has(Roles role) => Member.Has(role);

    public Group? Group => Roster.Group(Member.GroupCode);
}
