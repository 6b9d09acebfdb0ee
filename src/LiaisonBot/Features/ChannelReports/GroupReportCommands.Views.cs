using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

public sealed partial class GroupReportCommands
{
    /// <summary>A draft opens for editing; a report that went out opens with its state and what can be done next.</summary>
    public Task<AdaptiveCard> OpenAsync(Turn turn, Caller caller, CancellationToken ct) =>
        OnReportAsync(turn, caller, (group, r) => OpenAsync(turn, caller, group, r, ct), ct);

    private async Task<AdaptiveCard> OpenAsync(Turn turn, Caller caller, Group group, GroupReportEntity r, CancellationToken ct) =>
        r.Status == GroupReportState.Draft
            ? GroupReportCards.Compose(caller.Texts, new ComposeState(r.Id, group, r.ETag.ToString(), false, GroupReportValues.Of(r),
                new Dictionary<string, FieldError>(), await PlaceAsync(caller.Texts, group, ct)), caller.Roster)
            : GroupReportCards.Opened(caller.Texts, r, caller.Roster, calendar, await PlaceAsync(caller.Texts, group, r, ct));

    /// <summary>
    /// Edit a draft, or correct a report that is out: the compose card with the words as stored (or as the pending
    /// correction has them), carrying the version it was made from.
    /// </summary>
    public Task<AdaptiveCard> EditAsync(Turn turn, Caller caller, CancellationToken ct) =>
        OnReportAsync(turn, caller, (group, r) => EditAsync(turn, caller, group, r, ct), ct);

    private async Task<AdaptiveCard> EditAsync(Turn turn, Caller caller, Group group, GroupReportEntity r, CancellationToken ct)
    {
        if (r.Status == GroupReportState.Posting)
        {
            return GroupReportCards.Opened(caller.Texts, r, caller.Roster, calendar, await PlaceAsync(caller.Texts, group, r, ct), "GroupReport.StillPosting");
        }

        var correcting = r.Status == GroupReportState.Published;
        var pending = correcting ? await store.FindAsync(group.Code, GroupReportStore.PendingKey(r.Id), ct) : null;
        var values = GroupReportValues.Of(pending is not null && pending.Edits == r.Edits ? pending : r);
        return GroupReportCards.Compose(caller.Texts, new ComposeState(r.Id, group, r.ETag.ToString(), correcting, values,
            new Dictionary<string, FieldError>(), await PlaceAsync(caller.Texts, group, ct)), caller.Roster);
    }

    public async Task<AdaptiveCard> OursAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var (group, refusal) = Scope(turn, caller);
        if (refusal is not null)
        {
            return refusal;
        }

        if (group is null)
        {
            return await OverviewAsync(turn, caller, ct);
        }

        var recent = (await store.OfGroupAsync(group.Code, ct)).Where(r => r.Year >= calendar.WorkYear - 1).ToList();
        return GroupReportCards.Ours(caller.Texts, group, recent, caller.Roster, calendar, await PlaceAsync(caller.Texts, group, ct));
    }

    public async Task<AdaptiveCard> OverviewAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = turn.ActionNumber(ChannelReportVerbs.Year) is { } y && y >= calendar.WorkYear - 1 && y <= calendar.WorkYear ? y : calendar.WorkYear;
        var filter = new OverviewFilter(year, GroupReportKinds.Parse(turn.ActionString(ChannelReportVerbs.KindFilter)),
            caller.Roster.Group(turn.ActionString(ChannelReportVerbs.Group))?.Code, Number(turn, ChannelReportVerbs.Page));
        return GroupReportCards.Overview(caller.Texts, filter, await store.OfYearAsync(year, ct), caller.Roster, calendar);
    }

    /// <summary>One page of the whole text, for anyone who may read the report; an earlier version when the card asks.</summary>
    public async Task<AdaptiveCard> FullAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await ReadableAsync(turn, caller, ct) is not { } r)
        {
            return GroupReportCards.Message(caller.Texts, "GroupReport.NotFound");
        }

        if (turn.ActionString(ChannelReportVerbs.Version) is { } v)
        {
            var version = int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < r.Edits
                ? await store.FindAsync(r.GroupCode, GroupReportStore.VersionKey(r.Id, n), ct)
                : null;
            if (version is null)
            {
                return GroupReportCards.Message(caller.Texts, "GroupReport.NotFound");
            }

            r = version;
        }

        return GroupReportCards.FullPage(caller.Texts, r, Number(turn, ChannelReportVerbs.Page), caller.Roster);
    }

    /// <summary>Back from the full text to the summary, as the channel shows it.</summary>
    public async Task<AdaptiveCard> SummaryAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await ReadableAsync(turn, caller, ct) is { } r
            ? GroupReportCards.Post(caller.Texts, r, caller.Roster, calendar)
            : GroupReportCards.Message(caller.Texts, "GroupReport.NotFound");

    public Task<AdaptiveCard> HistoryAsync(Turn turn, Caller caller, CancellationToken ct) =>
        OnReportAsync(turn, caller, async (group, r) =>
            GroupReportCards.History(caller.Texts, r, await store.VersionsAsync(group.Code, r.Id, ct), caller.Roster, calendar), ct);

    private static int Number(Turn turn, string key) => turn.ActionNumber(key) is { } n && n < 1000 ? n : 0;
}
