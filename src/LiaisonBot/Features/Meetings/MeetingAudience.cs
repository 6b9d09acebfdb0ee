using LiaisonBot.App;

namespace LiaisonBot.Features.Meetings;

/// <summary>Who a meeting invites: all members, some groups, some roles and chosen people, each once, in roster order.</summary>
public static class MeetingAudience
{
    public static IReadOnlyList<Member> Of(Committee roster, bool everyone, IReadOnlyList<string> groups, Roles roles, IReadOnlyList<string> people) =>
        [.. roster.Members.Where(m =>
            (everyone && m.Has(Roles.Member)) ||
            (m.GroupCode is not null && groups.Contains(m.GroupCode, StringComparer.OrdinalIgnoreCase)) ||
            (m.Roles & roles) != 0 ||
            people.Contains(m.Code, StringComparer.OrdinalIgnoreCase))];
}
