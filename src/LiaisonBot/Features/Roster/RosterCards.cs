using LiaisonBot.App;
using LiaisonBot.Cards;

namespace LiaisonBot.Features.Roster;

/// <summary>The cards about who you are: my info, my group, the roster overview.</summary>
public static class RosterCards
{
    public static AdaptiveCard WhoAmI(Caller caller)
    {
        var t = caller.Texts;
        var member = caller.Member;
        var facts = new List<Fact> { new(t["Fact.Name"], member.Name), new(t["Fact.Code"], member.Code) };
        facts.AddRange(AppCards.IdentityFacts(caller));
        facts.Add(new Fact(t["Fact.Email"], member.Email));
        return new AdaptiveCard(Parts.Title(t["WhoAmI.Title"]), new FactSet(facts))
        {
            Actions = [new ExecuteAction(t["Button.group"], RosterCommands.Group)],
        };
    }

    /// <summary>Leaders and the secretariat also see who has installed the app, so they know whom notices reach.</summary>
    public static AdaptiveCard Group(Caller caller, ISet<string> installed)
    {
        var t = caller.Texts;
        if (caller.Group is not { } group)
        {
            return new AdaptiveCard(Parts.Title(t["Group.TitleNone"]), new TextBlock(t["Group.None"]));
        }

        var showInstalls = caller.Has(Roles.Leader) || caller.Has(Roles.Secretariat);
        var members = caller.Roster.MembersOf(group.Code)
            .OrderByDescending(m => m.Has(Roles.Leader)).ThenBy(m => m.Code, StringComparer.Ordinal).ToList();
        var facts = members.Select(m =>
        {
            var roles = RoleNames.Display(t, m.Roles & ~Roles.Member);
            var status = showInstalls ? t[installed.Contains(m.Code) ? "Group.Installed" : "Group.NotInstalled"] : null;
            return new Fact(m.Name, string.Join(" · ", new[] { roles, status }.Where(s => s is { Length: > 0 })) is { Length: > 0 } v ? v : t["Role.Member"]);
        }).ToList();
        return new AdaptiveCard(
            Parts.Title(group.Name),
            new TextBlock($"{t[$"Kind.{group.Kind}"]} · {t.Format("Group.Count", members.Count)}") { IsSubtle = true, Spacing = Spacing.None },
            new FactSet(facts));
    }

    public static AdaptiveCard Overview(Caller caller, ISet<string> installed)
    {
        var t = caller.Texts;
        var roster = caller.Roster;
        if (roster.IsEmpty)
        {
            return new AdaptiveCard(Parts.Title(t["Roster.Title"]), new TextBlock(t["Roster.Empty"]));
        }

        var people = roster.Members.Where(m => m.GroupCode is not null).ToList();
        var summary = t.Format("Roster.Summary", roster.Groups.Count, roster.Groups.Count(g => g.Kind == GroupKind.Township),
            roster.Groups.Count(g => g.Kind == GroupKind.Agency), people.Count, roster.WithRole(Roles.StandingCommittee).Count(),
            roster.WithRole(Roles.Secretariat).Count());
        var reach = t.Format("Roster.Installed", roster.Members.Count(m => installed.Contains(m.Code)), roster.Members.Count);
        var rows = roster.Groups.Select(g =>
        {
            var members = roster.MembersOf(g.Code).ToList();
            return new Fact(g.Name, t.Format("Roster.GroupLine", members.Count, members.Count(m => installed.Contains(m.Code)),
                roster.LeaderOf(g.Code)?.Name ?? "—"));
        }).ToList();
        return new AdaptiveCard(
            Parts.Title(t["Roster.Title"]),
            new TextBlock(summary),
            new TextBlock(reach) { Weight = TextWeight.Bolder },
            new FactSet(rows) { Separator = true });
    }
}
