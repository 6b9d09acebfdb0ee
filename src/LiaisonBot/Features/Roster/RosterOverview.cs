using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Roster;

/// <summary>The roster overview for the secretariat: the committee in numbers, and how many each group can reach.</summary>
public sealed class RosterOverview(InstalledMembers installed)
{
    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) => Card(caller, await installed.CodesAsync(ct));

    public static AdaptiveCard Card(Caller caller, ISet<string> installed)
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
        var reach = t.Plural("Roster.Installed", roster.Members.Count, roster.Members.Count(m => installed.Contains(m.Code)));
        var rows = roster.Groups.Select(g =>
        {
            var members = roster.MembersOf(g.Code).ToList();
            return new Fact(g.Name, t.Plural("Roster.GroupLine", members.Count, members.Count(m => installed.Contains(m.Code)),
                roster.LeaderOf(g.Code)?.Name ?? "—"));
        }).ToList();
        return new AdaptiveCard(
            Parts.Title(t["Roster.Title"]),
            new TextBlock(summary),
            new TextBlock(reach) { Weight = TextWeight.Bolder },
            new FactSet(rows) { Separator = true });
    }
}
