using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>
/// Which group a caller acts for, and the report a button names looked up only within it: the partition is the group,
/// so no card data reaches another group's reports.
/// </summary>
public sealed class GroupReportAccess(GroupReportStore store)
{
    /// <summary>
    /// The group the caller acts for. A leader: their own group, whatever the card says; a card naming another group is
    /// refused rather than silently redirected, so a forged card is noticed. The secretariat: the group the card names
    /// (null when none is picked yet).
    /// </summary>
    public static (Group? Group, AdaptiveCard? Refusal) Scope(Turn turn, Caller caller)
    {
        var asked = turn.ActionString(ChannelReportVerbs.Group);
        if (caller.Has(Roles.Secretariat))
        {
            return (caller.Roster.Group(asked) ?? (caller.Has(Roles.Leader) ? caller.Group : null), null);
        }

        if (caller.Group is not { } own || !caller.Has(Roles.Leader))
        {
            return (null, AppCards.NotAllowed(caller, ChannelReportsFeature.Writers));
        }

        return asked is { Length: > 0 } && !string.Equals(asked, own.Code, StringComparison.OrdinalIgnoreCase)
            ? (null, GroupReportNotice.Card(caller.Texts, "GroupReport.WrongGroup", own.Name))
            : (own, null);
    }

    /// <summary>
    /// Runs <paramref name="act"/> on the report the card names, looked up only within the caller's scope; otherwise the
    /// card that says why not.
    /// </summary>
    public async Task<AdaptiveCard> OnReportAsync(Turn turn, Caller caller, Func<Group, GroupReportEntity, Task<AdaptiveCard>> act, CancellationToken ct)
    {
        var (group, refusal) = Scope(turn, caller);
        if (refusal is not null)
        {
            return refusal;
        }

        return group is null
            ? GroupReportNotice.NotFound(caller.Texts)
            : await ReportAsync(group, turn.ActionId(ChannelReportVerbs.Id), ct).OrAsync(() => GroupReportNotice.NotFound(caller.Texts), r => act(group, r));
    }

    /// <summary>The group's report with this id; null for none, or for a version or pending correction row.</summary>
    public async Task<GroupReportEntity?> ReportAsync(Group group, string? id, CancellationToken ct) =>
        id is not null && await store.FindAsync(group.Code, id, ct) is { IsReport: true } r ? r : null;

    /// <summary>
    /// A report to read: anyone on the roster may read what was published (it is posted in a channel and copied to the
    /// secretariat); a draft only its group's leader and the secretariat.
    /// </summary>
    public async Task<GroupReportEntity?> ReadableAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (caller.Roster.Group(turn.ActionString(ChannelReportVerbs.Group)) is not { } group ||
            await ReportAsync(group, turn.ActionId(ChannelReportVerbs.Id), ct) is not { } r)
        {
            return null;
        }

        var writer = caller.Has(Roles.Secretariat) || (caller.Has(Roles.Leader) && caller.Group?.Code == group.Code);
        return r.IsOut || writer ? r : null;
    }

    /// <summary>The page a button asks for; anything absurd is the first.</summary>
    public static int PageOf(Turn turn) => turn.ActionNumber(ChannelReportVerbs.Page) is { } n && n < 1000 ? n : 0;
}
