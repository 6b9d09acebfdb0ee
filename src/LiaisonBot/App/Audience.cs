namespace LiaisonBot.App;

/// <summary>Whom something is for (a notice, a meeting): all members, or the union of some groups, some roles and some people.</summary>
public sealed record Audience(bool Everyone, IReadOnlyList<string> Groups, Roles Roles, IReadOnlyList<string>? People = null)
{
    public bool Includes(Member member) =>
        (Everyone && member.Has(Roles.Member)) ||
        (member.GroupCode is not null && Groups.Contains(member.GroupCode, StringComparer.OrdinalIgnoreCase)) ||
        (member.Roles & Roles) != 0 ||
        (People?.Contains(member.Code, StringComparer.OrdinalIgnoreCase) ?? false);

    /// <summary>The members it includes, each once, in roster order.</summary>
    public IReadOnlyList<Member> Of(Committee roster) => roster.Members.Where(Includes).ToList();

    public bool IsEmpty => !Everyone && Groups.Count == 0 && Roles == Roles.None && (People?.Count ?? 0) == 0;
}
