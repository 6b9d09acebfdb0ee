using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>Reading a report that anyone may read: the whole text a page at a time (an earlier version when asked), and back to the summary.</summary>
public sealed class ReadGroupReport(GroupReportStore store, GroupReportAccess access, WorkCalendar calendar)
{
    /// <summary>One page of the whole text, for anyone who may read the report; an earlier version when the card asks.</summary>
    public async Task<AdaptiveCard> FullAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await access.ReadableAsync(turn, caller, ct) is not { } r)
        {
            return GroupReportNotice.NotFound(caller.Texts);
        }

        if (turn.ActionString(ChannelReportVerbs.Version) is not null)
        {
            var version = turn.ActionNumber(ChannelReportVerbs.Version) is { } n && n < r.Edits
                ? await store.FindAsync(r.GroupCode, GroupReportStore.VersionKey(r.Id, n), ct)
                : null;
            if (version is null)
            {
                return GroupReportNotice.NotFound(caller.Texts);
            }

            r = version;
        }

        return Card(caller.Texts, r, GroupReportAccess.PageOf(turn), caller.Roster);
    }

    /// <summary>Back from the full text to the summary, as the channel shows it.</summary>
    public Task<AdaptiveCard> SummaryAsync(Turn turn, Caller caller, CancellationToken ct) =>
        access.ReadableAsync(turn, caller, ct).OrAsync(() => GroupReportNotice.NotFound(caller.Texts), r => GroupReportPost.Card(caller.Texts, r, caller.Roster, calendar));

    /// <summary>One page of the whole text; <paramref name="r"/> may be an earlier version.</summary>
    public static AdaptiveCard Card(Texts t, GroupReportEntity r, int page, Committee roster)
    {
        var shown = Pages.Of(ReportPages.Split(r.Text), page, 1);
        var status = t.Format("GroupReport.Full.Page", shown.Number + 1, shown.Count);
        if (r.VersionOf is not null)
        {
            status = $"{GroupReportParts.VersionName(t, r.Edits)} · {status}";
        }

        var body = new List<CardElement>
        {
            new Container([
                new TextBlock($"{GroupReportParts.GroupName(r, roster)} · {r.ReportKind.Name(t)} {r.Year}") { Size = TextSize.Small, Color = TextColor.Accent, Weight = TextWeight.Bolder },
                Parts.Title(r.Title),
                new TextBlock(status) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            ]) { Style = ContainerStyle.Emphasis, Bleed = true },
        };
        foreach (var part in shown.Items[0])
        {
            body.Add(new TextBlock(t[$"GroupReport.Section.{part.SectionKey}"] + (part.Continued ? t["GroupReport.Full.Continued"] : ""))
            { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            body.Add(new TextBlock(part.Text));
        }

        var id = r.VersionOf ?? r.Id;
        var actions = new List<CardAction>();
        if (shown.HasPrevious)
        {
            actions.Add(new ExecuteAction(t["GroupReport.Full.Previous"], ChannelReportVerbs.Full) { Data = GroupReportParts.PageData(r, id, shown.Number - 1) });
        }

        if (shown.HasNext)
        {
            actions.Add(new ExecuteAction(t["GroupReport.Full.Next"], ChannelReportVerbs.Full) { Data = GroupReportParts.PageData(r, id, shown.Number + 1) });
        }

        actions.Add(r.VersionOf is null
            ? new ExecuteAction(t["GroupReport.Full.Back"], ChannelReportVerbs.Summary) { Data = GroupReportParts.Ids(r.GroupCode, id) }
            : new ExecuteAction(t["GroupReport.History"], ChannelReportVerbs.History) { Data = GroupReportParts.Ids(r.GroupCode, id) });
        return new AdaptiveCard(body) { Actions = actions };
    }
}
