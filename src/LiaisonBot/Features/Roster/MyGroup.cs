using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Roster;

/// <summary>The caller's group. Leaders and the secretariat also see who has installed the app, so they know whom notices reach.</summary>
public sealed class MyGroup(InstalledMembers installed)
{
    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) => Card(caller, await installed.CodesAsync(ct));

    public static AdaptiveCard Card(Caller caller, ISet<string> installed)
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
            new TextBlock($"{t[$"Kind.{group.Kind}"]} · {t.Plural("Group.Count", members.Count)}") { IsSubtle = true, Spacing = Spacing.None },
            new FactSet(facts));
    }
}
