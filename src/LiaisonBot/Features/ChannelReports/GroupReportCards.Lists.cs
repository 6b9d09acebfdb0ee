using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>The secretariat's filters on the overview: a year, a kind or all, a group or all, and the page.</summary>
public sealed record OverviewFilter(int Year, GroupReportKind? Kind, string? GroupCode, int Page);

public static partial class GroupReportCards
{
    public const int OverviewPageSize = 10;
    public const int OursShown = 20;

    /// <summary>A group's reports for its leader (or the secretariat): drafts to finish, published ones to read or correct.</summary>
    public static AdaptiveCard Ours(Texts t, Group group, IReadOnlyList<GroupReportEntity> reports, Committee roster, WorkCalendar calendar, string? place)
    {
        var body = new List<CardElement> { Parts.Title(t.Format("GroupReport.Ours.Title", group.Name)), PlaceLine(t, place) };
        if (reports.Count == 0)
        {
            body.Add(new TextBlock(t["GroupReport.Ours.None"]));
        }

        body.AddRange(Newest(reports).Take(OursShown).Select(r => Row(t, r, $"{r.ReportKind.Name(t)} {r.Year}", r.Title, roster, calendar)));
        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(t["GroupReport.New"], ChannelReportVerbs.Compose) { Data = new Dictionary<string, string> { [ChannelReportVerbs.Group] = group.Code } }],
        };
    }

    /// <summary>Every group's reports for the secretariat, filtered, with the groups whose annual report is still missing.</summary>
    public static AdaptiveCard Overview(Texts t, OverviewFilter f, IReadOnlyList<GroupReportEntity> yearReports, Committee roster, WorkCalendar calendar)
    {
        var annualPosted = yearReports.Where(r => r.ReportKind == GroupReportKind.Annual && r.IsOut).Select(r => r.GroupCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = roster.Groups.Where(g => !annualPosted.Contains(g.Code)).ToList();
        var shown = Newest(yearReports.Where(r => (f.Kind is null || r.ReportKind == f.Kind) &&
            (f.GroupCode is null || string.Equals(r.GroupCode, f.GroupCode, StringComparison.OrdinalIgnoreCase)))).ToList();
        var pages = Math.Max(1, (shown.Count + OverviewPageSize - 1) / OverviewPageSize);
        var page = Math.Clamp(f.Page, 0, pages - 1);
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("GroupReport.Overview.Title", f.Year)),
            new TextBlock(missing.Count == 0
                ? "✓ " + t.Format("GroupReport.Overview.AllAnnual", f.Year)
                : "⚠ " + t.Format("GroupReport.Overview.MissingAnnual", f.Year, missing.Count, roster.Groups.Count)) { Weight = TextWeight.Bolder, Color = missing.Count == 0 ? TextColor.Good : TextColor.Warning },
        };
        if (missing.Count > 0)
        {
            body.Add(new TextBlock(string.Join(t["List.Separator"], missing.Select(g => g.Name))) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None });
        }

        body.Add(new ColumnSet([
            new Column([new InputChoiceSet
            {
                Id = ChannelReportVerbs.Year, Label = t["GroupReport.Filter.Year"], Style = "compact", Value = f.Year.ToString(CultureInfo.InvariantCulture),
                Choices = [.. new[] { calendar.WorkYear, calendar.WorkYear - 1 }.Select(y => new Choice(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture)))],
            }]) { Width = "1" },
            new Column([new InputChoiceSet
            {
                Id = ChannelReportVerbs.KindFilter, Label = t["GroupReport.Field.Kind"], Style = "compact", Placeholder = t["GroupReport.Filter.All"], Value = f.Kind?.ToString(),
                Choices = [.. Enum.GetValues<GroupReportKind>().Select(k => new Choice(k.Name(t), k.ToString()))],
            }]) { Width = "1" },
        ]) { Separator = true });
        body.Add(new InputChoiceSet
        {
            Id = ChannelReportVerbs.Group, Label = t["GroupReport.Filter.Group"], Style = "compact", Placeholder = t["GroupReport.Filter.All"], Value = f.GroupCode,
            Choices = [.. roster.Groups.Select(g => new Choice(g.Name, g.Code))],
        });
        body.Add(new TextBlock(shown.Count == 0 ? t["GroupReport.Overview.None"] : t.Format("GroupReport.Overview.Count", shown.Count, page + 1, pages))
            { IsSubtle = true, Separator = true });
        body.AddRange(shown.Skip(page * OverviewPageSize).Take(OverviewPageSize)
            .Select(r => Row(t, r, $"{GroupName(r, roster)} · {r.ReportKind.Name(t)}", r.Title, roster, calendar)));

        var actions = new List<CardAction> { new ExecuteAction(t["GroupReport.Filter.Show"], ChannelReportVerbs.Overview) };
        if (page > 0)
        {
            actions.Add(new ExecuteAction(t["GroupReport.Full.Previous"], ChannelReportVerbs.Overview) { Data = FilterData(f, page - 1), AssociatedInputs = "none" });
        }

        if (page < pages - 1)
        {
            actions.Add(new ExecuteAction(t["GroupReport.Full.Next"], ChannelReportVerbs.Overview) { Data = FilterData(f, page + 1), AssociatedInputs = "none" });
        }

        actions.Add(new ExecuteAction(t["Button.groupchannels"], ChannelReportVerbs.Channels) { AssociatedInputs = "none" });
        return new AdaptiveCard(body) { Actions = actions };
    }

    /// <summary>A report that is out (or failed to go out), for its leader or the secretariat, with what can be done next.</summary>
    public static AdaptiveCard Opened(Texts t, GroupReportEntity r, Committee roster, WorkCalendar calendar, string place, string? notice = null)
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

        body.AddRange(Summary(t, r, roster, calendar));
        var ids = Ids(r.GroupCode, r.Id);
        var actions = r.Status switch
        {
            GroupReportState.Published => new List<CardAction>
            {
                FullButton(t, r),
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

    /// <summary>Every version a published report has had, oldest first, each readable in full.</summary>
    public static AdaptiveCard History(Texts t, GroupReportEntity r, IReadOnlyList<GroupReportEntity> versions, Committee roster, WorkCalendar calendar)
    {
        var body = new List<CardElement> { Parts.Title(t.Format("GroupReport.History.Title", r.Title)) };
        foreach (var v in versions.Append(r))
        {
            var current = v.VersionOf is null;
            var name = current ? t["GroupReport.Version.Current"] : VersionName(t, v.Edits);
            var by = roster.ByCode(v.UpdatedBy)?.Name ?? v.UpdatedBy;
            body.Add(new ColumnSet([
                new Column([
                    new TextBlock(name) { Weight = TextWeight.Bolder },
                    new TextBlock($"{v.Title} · {by} · {calendar.ShowMoment(v.UpdatedAt, t)}") { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
                ]) { Width = "stretch" },
                new Column([new ActionSet([new ExecuteAction(t["GroupReport.Read"], ChannelReportVerbs.Full) { Data = PageData(v, r.Id, 0) }])])
                    { Width = "auto", VerticalContentAlignment = VerticalAlignment.Center },
            ]) { Separator = true });
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["GroupReport.Back"], ChannelReportVerbs.Open) { Data = Ids(r.GroupCode, r.Id) }] };
    }

    /// <summary>Publishing with no channel linked: the report stays a draft and the leader learns how to link one.</summary>
    public static AdaptiveCard NoChannel(Texts t, Group group, GroupReportEntity r) => new(
        new TextBlock("⚠ " + t.Format("GroupReport.NoChannel.Title", group.Name)) { Weight = TextWeight.Bolder, Color = TextColor.Warning },
        new TextBlock(t["GroupReport.NoChannel.Kept"]),
        new TextBlock(t["ChannelLink.HowTo.Steps"]))
    {
        Actions = [new ExecuteAction(t["GroupReport.Edit"], ChannelReportVerbs.Edit) { Data = Ids(r.GroupCode, r.Id) }],
    };

    public static AdaptiveCard Message(Texts t, string key, params object[] args) =>
        new(new TextBlock(t.Format(key, args)) { Color = TextColor.Attention });

    private static ColumnSet Row(Texts t, GroupReportEntity r, string heading, string title, Committee roster, WorkCalendar calendar)
    {
        var when = r.PublishedAt ?? r.UpdatedAt;
        var status = $"{t[$"GroupReport.Tag.{r.Status}"]} · {WorkCalendar.Show(calendar.ToDate(when), t)}" + (r.OnBehalf ? $" · {t["GroupReport.Tag.OnBehalf"]}" : "");
        return new ColumnSet([
            new Column([
                new TextBlock(heading) { Weight = TextWeight.Bolder, Size = TextSize.Small },
                new TextBlock(Parts.Clip(title, 60)) { Spacing = Spacing.None, MaxLines = 2 },
                new TextBlock(status) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None, Color = r.Status == GroupReportState.PostFailed ? TextColor.Attention : null },
            ]) { Width = "stretch" },
            new Column([new ActionSet([new ExecuteAction(t["GroupReport.Open"], ChannelReportVerbs.Open) { Data = Ids(r.GroupCode, r.Id) }])])
                { Width = "auto", VerticalContentAlignment = VerticalAlignment.Center },
        ]) { Separator = true };
    }

    private static IEnumerable<GroupReportEntity> Newest(IEnumerable<GroupReportEntity> reports) =>
        reports.OrderByDescending(r => r.PublishedAt ?? r.UpdatedAt);

    private static Dictionary<string, string> FilterData(OverviewFilter f, int page)
    {
        var data = new Dictionary<string, string>
        {
            [ChannelReportVerbs.Year] = f.Year.ToString(CultureInfo.InvariantCulture),
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
