using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>Every group's reports for the secretariat, filtered, with the groups whose annual report is still missing.</summary>
public sealed class ReportsOverview(GroupReportStore store, WorkCalendar calendar)
{
    public const int PageSize = 10;

    public static readonly CommandInfo Command = new(ChannelReportVerbs.Overview, Roles.Secretariat);

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        var filter = new OverviewFilter(year, GroupReportKinds.Parse(turn.ActionString(ChannelReportVerbs.KindFilter)),
            caller.Roster.Group(turn.ActionString(ChannelReportVerbs.Group))?.Code, GroupReportAccess.PageOf(turn));
        return Card(caller.Texts, filter, await store.OfYearAsync(year, ct), caller.Roster, calendar);
    }

    /// <summary>Every group's reports for the secretariat, filtered, with the groups whose annual report is still missing.</summary>
    public static AdaptiveCard Card(Texts t, OverviewFilter f, IReadOnlyList<GroupReportEntity> yearReports, Committee roster, WorkCalendar calendar)
    {
        var annualPosted = yearReports.Where(r => r.ReportKind == GroupReportKind.Annual && r.IsOut).Select(r => r.GroupCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = roster.Groups.Where(g => !annualPosted.Contains(g.Code)).ToList();
        var shown = GroupReportParts.Newest(yearReports.Where(r => (f.Kind is null || r.ReportKind == f.Kind) &&
            (f.GroupCode is null || string.Equals(r.GroupCode, f.GroupCode, StringComparison.OrdinalIgnoreCase)))).ToList();
        var page = Pages.Of(shown, f.Page, PageSize);
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("GroupReport.Overview.Title", f.Year)),
            new TextBlock(missing.Count == 0
                ? "✓ " + t.Format("GroupReport.Overview.AllAnnual", f.Year)
                : "⚠ " + t.Plural("GroupReport.Overview.MissingAnnual", roster.Groups.Count, f.Year, missing.Count)) { Weight = TextWeight.Bolder, Color = missing.Count == 0 ? TextColor.Good : TextColor.Attention },
        };
        if (missing.Count > 0)
        {
            body.Add(new TextBlock(string.Join(t["List.Separator"], missing.Select(g => g.Name))) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None });
        }

        body.Add(new ColumnSet([
            new Column([new InputChoiceSet
            {
                Id = YearSwitch.Key, Label = t["GroupReport.Filter.Year"], Style = "compact", Value = f.Year.ToString(CultureInfo.InvariantCulture),
                Choices = [.. calendar.OpenYears.Select(y => new Choice(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture)))],
            }]) { Width = "1" },
            new Column([new InputChoiceSet
            {
                Id = ChannelReportVerbs.KindFilter, Label = t["GroupReport.Field.Kind"], Style = "compact", Placeholder = t["GroupReport.Filter.All"], Value = f.Kind?.ToString(),
                Choices = [.. Enum.GetValues<GroupReportKind>().Select(k => new Choice(k.Name(t), k.ToString()))],
            }]) { Width = "1" },
        ])
        { Separator = true });
        body.Add(new InputChoiceSet
        {
            Id = ChannelReportVerbs.Group,
            Label = t["GroupReport.Filter.Group"],
            Style = "compact",
            Placeholder = t["GroupReport.Filter.All"],
            Value = f.GroupCode,
            Choices = [.. roster.Groups.Select(g => new Choice(g.Name, g.Code))],
        });
        body.Add(new TextBlock(shown.Count == 0 ? t["GroupReport.Overview.None"] : t.Plural("GroupReport.Overview.Count", shown.Count, page.Number + 1, page.Count))
        { IsSubtle = true, Separator = true });
        body.AddRange(page.Items
            .Select(r => GroupReportParts.Row(t, r, $"{GroupReportParts.GroupName(r, roster)} · {r.ReportKind.Name(t)}", r.Title, roster, calendar)));

        var actions = new List<CardAction> { new ExecuteAction(t["GroupReport.Filter.Show"], ChannelReportVerbs.Overview) };
        if (page.HasPrevious)
        {
            actions.Add(new ExecuteAction(t["GroupReport.Full.Previous"], ChannelReportVerbs.Overview) { Data = FilterData(f, page.Number - 1), AssociatedInputs = "none" });
        }

        if (page.HasNext)
        {
            actions.Add(new ExecuteAction(t["GroupReport.Full.Next"], ChannelReportVerbs.Overview) { Data = FilterData(f, page.Number + 1), AssociatedInputs = "none" });
        }

        actions.Add(new ExecuteAction(t["Button.groupchannels"], ChannelReportVerbs.Channels) { AssociatedInputs = "none" });
        return new AdaptiveCard(body) { Actions = actions };
    }

    private static Dictionary<string, string> FilterData(OverviewFilter f, int page)
    {
        var data = new Dictionary<string, string>
        {
            [YearSwitch.Key] = f.Year.ToString(CultureInfo.InvariantCulture),
            [ChannelReportVerbs.Page] = page.ToString(CultureInfo.InvariantCulture),
        };
        if (f.Kind is { } kind)
        {
            data[ChannelReportVerbs.KindFilter] = kind.ToString();
        }

        if (f.GroupCode is { } group)
        {
            data[ChannelReportVerbs.Group] = group;
        }

        return data;
    }
}
