using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports;

public sealed partial class ReportCommands
{
    public async Task<AdaptiveCard> MineAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = calendar.WorkYear;
        var reports = await store.ByAuthorAsync(caller.Member.Code, year, ct);
        return ReportCards.Mine(caller.Texts, reports, Page(turn), year, calendar);
    }

    /// <summary>A leader sees their own group, whatever the card says; the secretariat sees the group it picked.</summary>
    public async Task<AdaptiveCard> GroupAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var secretariat = caller.Has(Roles.Secretariat);
        var group = secretariat && caller.Roster.Group(turn.ActionString(ReportVerbs.GroupCode)) is { } picked ? picked : caller.Group;
        if (group is null)
        {
            return secretariat ? await AllAsync(turn, caller, ct) : AppCards.NotAllowed(caller.Texts, Roles.Leader);
        }

        var year = calendar.WorkYear;
        var reports = await store.ByYearAsync(year, group.Code, ct);
        return ReportCards.GroupSummary(caller.Texts, group, caller.Roster, reports, year, calendar, backToAll: secretariat);
    }

    public async Task<AdaptiveCard> AllAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = calendar.WorkYear;
        return ReportCards.AllSummary(caller.Texts, caller.Roster, await store.ByYearAsync(year, null, ct), year);
    }
}
