using LiaisonBot.App;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>Who a notice is for: all members, or the union of some groups and some roles.</summary>
public sealed record Audience(bool Everyone, IReadOnlyList<string> Groups, Roles Roles)
{
    public bool Includes(Member member) =>
        (Everyone && member.Has(Roles.Member)) ||
        (member.GroupCode is not null && Groups.Contains(member.GroupCode, StringComparer.OrdinalIgnoreCase)) ||
        (member.Roles & Roles) != 0;

    public IReadOnlyList<Member> Of(Committee roster) => roster.Members.Where(Includes).ToList();

    public bool IsEmpty => !Everyone && Groups.Count == 0 && Roles == Roles.None;
}
