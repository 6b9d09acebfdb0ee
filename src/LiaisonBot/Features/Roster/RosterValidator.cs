using System.Net.Mail;
using System.Text.RegularExpressions;
using LiaisonBot.App;
using Group = LiaisonBot.App.Group;

namespace LiaisonBot.Features.Roster;

/// <summary>The roster's rules: unique codes, e-mails and Entra ids; known roles and group kinds; one leader a group.</summary>
public static partial class RosterValidator
{
    public const int MaxNameLength = 50;

    public static RosterParse Validate(IReadOnlyList<RosterRow> rows, List<RosterError> errors)
    {
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RosterError(1, "Import.Empty"));
        }

        var groups = DefineGroups(rows, errors);
        var members = new List<Member>();
        var codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var aadIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (ReadMember(row, groups, errors) is not { } member)
            {
                continue;
            }

            Unique(codes, member.Code, row.Line, "Import.DuplicateCode", errors);
            Unique(emails, member.Email, row.Line, "Import.DuplicateEmail", errors);
            if (member.AadObjectId is not null)
            {
                Unique(aadIds, member.AadObjectId, row.Line, "Import.DuplicateAad", errors);
            }

            members.Add(member);
        }

        CheckLeaders(rows, members, groups, errors);
        return errors.Count == 0
            ? new RosterParse(new Committee(groups.Values.Select(g => g.Group), members), [])
            : new RosterParse(null, errors.OrderBy(e => e.Line).ToList());
    }

    /// <summary>A group is named by any of its rows; every row that names it must agree.</summary>
    private static Dictionary<string, (Group Group, int Line)> DefineGroups(IReadOnlyList<RosterRow> rows, List<RosterError> errors)
    {
        var groups = new Dictionary<string, (Group Group, int Line)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows.Where(r => r.GroupCode.Length > 0 && (r.GroupName.Length > 0 || r.GroupKind.Length > 0)))
        {
            if (!CodePattern().IsMatch(row.GroupCode))
            {
                errors.Add(new RosterError(row.Line, "Import.BadCode", row.GroupCode));
                continue;
            }

            if (row.GroupName.Length == 0)
            {
                errors.Add(new RosterError(row.Line, "Import.Missing", "group_name"));
                continue;
            }

            if (ParseKind(row.GroupKind) is not { } kind)
            {
                errors.Add(new RosterError(row.Line, "Import.UnknownKind", row.GroupKind));
                continue;
            }

            var group = new Group(row.GroupCode, row.GroupName, kind);
            if (groups.TryGetValue(row.GroupCode, out var known) && known.Group != group with { Code = known.Group.Code })
            {
                errors.Add(new RosterError(row.Line, "Import.GroupConflict", row.GroupCode, known.Line));
            }
            else
            {
                groups.TryAdd(row.GroupCode, (group, row.Line));
            }
        }

        return groups;
    }

    private static Member? ReadMember(RosterRow row, Dictionary<string, (Group Group, int Line)> groups, List<RosterError> errors)
    {
        var before = errors.Count;
        Required(row, row.Code, "code", errors);
        Required(row, row.Name, "name", errors);
        Required(row, row.Email, "email", errors);
        Required(row, row.Roles, "roles", errors);
        if (row.Code.Length > 0 && !CodePattern().IsMatch(row.Code))
        {
            errors.Add(new RosterError(row.Line, "Import.BadCode", row.Code));
        }

        if (row.Name.Length > MaxNameLength)
        {
            errors.Add(new RosterError(row.Line, "Import.NameTooLong", MaxNameLength));
        }

        if (row.Email.Length > 0 && !IsEmail(row.Email))
        {
            errors.Add(new RosterError(row.Line, "Import.BadEmail", row.Email));
        }

        if (row.AadObjectId.Length > 0 && !Guid.TryParse(row.AadObjectId, out _))
        {
            errors.Add(new RosterError(row.Line, "Import.BadAad", row.AadObjectId));
        }

        var roles = Roles.None;
        foreach (var name in row.Roles.Split([';', ',', '、', '，', '；', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (RoleNames.Parse(name) is { } role)
            {
                roles |= role;
            }
            else
            {
                errors.Add(new RosterError(row.Line, "Import.UnknownRole", name));
            }
        }

        var inGroup = row.GroupCode.Length > 0;
        if (inGroup)
        {
            roles |= Roles.Member; // everyone in a liaison group is a committee member
            if (!groups.ContainsKey(row.GroupCode) && row.GroupName.Length == 0 && row.GroupKind.Length == 0)
            {
                errors.Add(new RosterError(row.Line, "Import.UnknownGroup", row.GroupCode));
            }
        }
        else if ((roles & (Roles.Member | Roles.Leader | Roles.StandingCommittee)) != 0)
        {
            errors.Add(new RosterError(row.Line, "Import.RoleNeedsGroup"));
        }

        // A group whose own definition was wrong has its error already; its members are not read.
        return errors.Count > before || (inGroup && !groups.ContainsKey(row.GroupCode))
            ? null
            : new Member(row.Code, row.Name, inGroup ? groups[row.GroupCode].Group.Code : null, roles,
                row.Email, row.AadObjectId.Length > 0 ? Guid.Parse(row.AadObjectId).ToString() : null);
    }

    private static void CheckLeaders(IReadOnlyList<RosterRow> rows, List<Member> members,
        Dictionary<string, (Group Group, int Line)> groups, List<RosterError> errors)
    {
        var lineOf = rows.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Line, StringComparer.OrdinalIgnoreCase);
        foreach (var (code, (group, line)) in groups)
        {
            var leaders = members.Where(m => m.Has(Roles.Leader) && string.Equals(m.GroupCode, code, StringComparison.OrdinalIgnoreCase)).ToList();
            if (leaders.Count == 0)
            {
                errors.Add(new RosterError(line, "Import.NoLeader", group.Name));
            }

            foreach (var extra in leaders.Skip(1))
            {
                errors.Add(new RosterError(lineOf[extra.Code], "Import.TwoLeaders", group.Name, leaders[0].Name));
            }
        }
    }

    private static void Required(RosterRow row, string value, string column, List<RosterError> errors)
    {
        if (value.Length == 0)
        {
            errors.Add(new RosterError(row.Line, "Import.Missing", column));
        }
    }

    private static void Unique(Dictionary<string, int> seen, string value, int line, string key, List<RosterError> errors)
    {
        if (!seen.TryAdd(value, line))
        {
            errors.Add(new RosterError(line, key, value, seen[value]));
        }
    }

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.');

    private static GroupKind? ParseKind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "township" or "乡镇" => GroupKind.Township,
        "agency" or "县直机关" or "机关" => GroupKind.Agency,
        _ => null,
    };

    /// <summary>Codes become table keys, so they keep to letters, digits, '-' and '_'.</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex CodePattern();
}
