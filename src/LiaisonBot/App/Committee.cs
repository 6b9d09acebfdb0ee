

namespace LiaisonBot.App;

/// <summary>One imported version of the roster: groups and people, with the look-ups the bot needs.</summary>
public sealed class Committee
{
    private readonly Dictionary<string, Member> byCode;
    private readonly Dictionary<string, Member> byAadObjectId;
    private readonly Dictionary<string, Member> byEmail;
    private readonly Dictionary<string, Group> groupsByCode;

    public Committee(IEnumerable<Group> groups, IEnumerable<Member> members)
    {
        Groups = groups.OrderBy(g => g.Kind).ThenBy(g => g.Code, StringComparer.Ordinal).ToList();
        Members = members.OrderBy(m => m.Code, StringComparer.Ordinal).ToList();
        groupsByCode = Groups.ToDictionary(g => g.Code, StringComparer.OrdinalIgnoreCase);
        byCode = Members.ToDictionary(m => m.Code, StringComparer.OrdinalIgnoreCase);
        byEmail = Members.ToDictionary(m => m.Email, StringComparer.OrdinalIgnoreCase);
        byAadObjectId = Members.Where(m => m.AadObjectId is not null)
            .ToDictionary(m => m.AadObjectId!, StringComparer.OrdinalIgnoreCase);
    }

    public static Committee Empty { get; } = new([], []);

    public IReadOnlyList<Group> Groups { get; }

    public IReadOnlyList<Member> Members { get; }

    public bool IsEmpty => Members.Count == 0;

    public Member? ByCode(string? code) => code is not null && byCode.TryGetValue(code, out var m) ? m : null;

    public Member? ByAadObjectId(string? id) => id is not null && byAadObjectId.TryGetValue(id, out var m) ? m : null;

    public Member? ByEmail(string? email) => email is not null && byEmail.TryGetValue(email, out var m) ? m : null;

    public Group? Group(string? code) => code is not null && groupsByCode.TryGetValue(code, out var g) ? g : null;

    public IEnumerable<Member> MembersOf(string groupCode) =>
        Members.Where(m => string.Equals(m.GroupCode, groupCode, StringComparison.OrdinalIgnoreCase));

    public Member? LeaderOf(string groupCode) => MembersOf(groupCode).FirstOrDefault(m => m.Has(Roles.Leader));

    public IEnumerable<Member> WithRole(Roles role) => Members.Where(m => m.Has(role));
}
