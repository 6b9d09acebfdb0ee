using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>Every version a corrected report has had, each readable in full.</summary>
public sealed class GroupReportHistory(GroupReportStore store, GroupReportAccess access, WorkCalendar calendar)
{
    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        access.OnReportAsync(turn, caller, async (group, r) =>
            Card(caller.Texts, r, await store.VersionsAsync(group.Code, r.Id, ct), caller.Roster, calendar), ct);

    /// <summary>Every version a published report has had, oldest first, each readable in full.</summary>
    public static AdaptiveCard Card(Texts t, GroupReportEntity r, IReadOnlyList<GroupReportEntity> versions, Committee roster, WorkCalendar calendar)
    {
        var body = new List<CardElement> { Parts.Title(t.Format("GroupReport.History.Title", r.Title)) };
        foreach (var v in versions.Append(r))
        {
            var current = v.VersionOf is null;
            var name = current ? t["GroupReport.Version.Current"] : GroupReportParts.VersionName(t, v.Edits);
            var by = roster.ByCode(v.UpdatedBy)?.Name ?? v.UpdatedBy;
            body.Add(new ColumnSet([
                new Column([
                    new TextBlock(name) { Weight = TextWeight.Bolder },
                    new TextBlock($"{v.Title} · {by} · {calendar.ShowMoment(v.UpdatedAt, t)}") { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
                ]) { Width = "stretch" },
                new Column([new ActionSet([new ExecuteAction(t["GroupReport.Read"], ChannelReportVerbs.Full) { Data = GroupReportParts.PageData(v, r.Id, 0) }])])
                    { Width = "auto", VerticalContentAlignment = VerticalAlignment.Center },
            ])
            { Separator = true });
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["GroupReport.Back"], ChannelReportVerbs.Open) { Data = GroupReportParts.Ids(r.GroupCode, r.Id) }] };
    }
}
