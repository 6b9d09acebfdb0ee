using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>A draft opens for editing; a report that went out opens with its state and what can be done next.</summary>
public sealed class OpenGroupReport(GroupReportAccess access, ReportPlace places, WorkCalendar calendar)
{
    public Task<AdaptiveCard> OpenAsync(Turn turn, Caller caller, CancellationToken ct) =>
        access.OnReportAsync(turn, caller, (group, r) => OpenAsync(caller, group, r, ct), ct);

    private async Task<AdaptiveCard> OpenAsync(Caller caller, Group group, GroupReportEntity r, CancellationToken ct) =>
        r.Status == GroupReportState.Draft
            ? ComposeGroupReport.Card(caller.Texts, new ComposeState(r.Id, group, r.ETag.ToString(), false, GroupReportValues.Of(r),
                new Dictionary<string, FieldError>(), await places.OfGroupAsync(caller.Texts, group, ct)), caller.Roster)
            : Card(caller.Texts, r, caller.Roster, calendar, await places.OfReportAsync(caller.Texts, group, r, ct));

    /// <summary>A report that is out (or failed to go out), for its leader or the secretariat, with what can be done next.</summary>
    public static AdaptiveCard Card(Texts t, GroupReportEntity r, Committee roster, WorkCalendar calendar, string place, string? notice = null)
    {
        var (state, color) = r.Status switch
        {
            GroupReportState.Posting => (t.Format("GroupReport.State.Posting", place), TextColor.Accent),
            GroupReportState.Published => ("✓ " + t.Format("GroupReport.State.Published", place), TextColor.Good),
            GroupReportState.PostFailed => ("⚠ " + t.Format("GroupReport.State.PostFailed", place, r.PostFailure ?? "—"), TextColor.Attention),
            _ => (t["GroupReport.State.Draft"], TextColor.Default),
        };
        var body = new List<CardElement> { new TextBlock(state) { Weight = TextWeight.Bolder, Color = color } };
        if (notice is not null)
        {
            body.Add(new TextBlock(t[notice]) { Color = TextColor.Good });
        }

        body.AddRange(GroupReportParts.Summary(t, r, roster, calendar, inChannel: false));
        var ids = GroupReportParts.Ids(r.GroupCode, r.Id);
        var actions = r.Status switch
        {
            GroupReportState.Published => new List<CardAction>
            {
                GroupReportParts.FullButton(t, r),
                new ExecuteAction(t["GroupReport.Correct"], ChannelReportVerbs.Edit) { Data = ids },
            },
            GroupReportState.Posting => [new ExecuteAction(t["GroupReport.Refresh"], ChannelReportVerbs.Open) { Data = ids }],
            _ => [
                new ExecuteAction(t["GroupReport.PublishAgain"], ChannelReportVerbs.Publish) { Data = new Dictionary<string, string>(ids) { [ChannelReportVerbs.ETag] = r.ETag.ToString() } },
                new ExecuteAction(t["GroupReport.Edit"], ChannelReportVerbs.Edit) { Data = ids },
            ],
        };
        if (r.Edits > 0)
        {
            actions.Add(new ExecuteAction(t["GroupReport.History"], ChannelReportVerbs.History) { Data = ids });
        }

        actions.Add(new ExecuteAction(t["GroupReport.Ours"], ChannelReportVerbs.Ours) { Data = new Dictionary<string, string> { [ChannelReportVerbs.Group] = r.GroupCode } });
        return new AdaptiveCard(body) { Actions = actions };
    }
}
