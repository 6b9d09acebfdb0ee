using LiaisonBot.Localization;

namespace LiaisonBot.App;

[Flags]
public enum Roles
{
    None = 0,
    Member = 1,
    Leader = 2,
    StandingCommittee = 4,
    Secretariat = 8,
}

public static class RoleNames
{
    /// <summary>The spellings the roster accepts, English and Chinese; the first of each is how roles are stored.</summary>
    private static readonly (Roles Role, string[] Names)[] Spellings =
    [
        (Roles.Member, ["member", "委员"]),
        (Roles.Leader, ["leader", "组长"]),
        (Roles.StandingCommittee, ["standing-committee", "常委"]),
        (Roles.Secretariat, ["secretariat", "办公室"]),
    ];

    public static readonly IReadOnlyList<Roles> Each = Spellings.Select(s => s.Role).ToList();

    public static Roles? Parse(string name)
    {
        var trimmed = name.Trim();
        foreach (var (role, names) in Spellings)
        {
            if (names.Any(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase)))
            {
                return role;
            }
        }

        return null;
    }

    public static string Format(Roles roles) =>
        string.Join(';', Spellings.Where(s => roles.HasFlag(s.Role)).Select(s => s.Names[0]));

    /// <summary>Reads what <see cref="Format"/> wrote.</summary>
    public static Roles Read(string? stored) =>
        (stored ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Aggregate(Roles.None, (all, name) => all | (Parse(name) ?? Roles.None));

    /// <summary>The roles in the reader's language, e.g. "委员、组长".</summary>
    public static string Display(Texts t, Roles roles, string? separator = null) =>
        string.Join(separator ?? t["List.Separator"], Each.Where(r => roles.HasFlag(r)).Select(r => t[$"Role.{r}"]));
}
