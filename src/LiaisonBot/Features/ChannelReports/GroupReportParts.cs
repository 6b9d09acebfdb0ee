using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>The pieces every card of a group report shares: its summary, its rows in a list, and how buttons name it.</summary>
public static class GroupReportParts
{
    /// <summary>Characters of each section shown in the summary: four sections stay readable on a phone screen.</summary>
    public const int SummaryChars = 140;

    /// <summary>
    /// Heading, figures, the clipped sections and the correction note: the part every view of a report shares. What the
    /// channel sees names the members who reported nothing only if the leader chose so.
    /// </summary>
    public static List<CardElement> Summary(Texts t, GroupReportEntity r, Committee roster, WorkCalendar calendar, bool inChannel)
    {
        var body = new List<CardElement>
        {
            new Container([
                new TextBlock($"{GroupName(r, roster)} · {r.ReportKind.Name(t)} {r.Year}") { Size = TextSize.Small, Color = TextColor.Accent, Weight = TextWeight.Bolder },
                Parts.Title(r.Title),
                new TextBlock($"{Period(t, r)} · {Byline(t, r, roster, calendar)}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            ]) { Style = ContainerStyle.Emphasis, Bleed = true },
        };
        body.AddRange(FiguresPart(t, r.Figures, roster, calendar, namesSilent: !inChannel || r.NamesSilent));
        foreach (var (key, text) in r.Text.Sections.Where(s => s.Text.Length > 0))
        {
            body.Add(new TextBlock(t[$"GroupReport.Section.{key}"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            body.Add(new TextBlock(Parts.Clip(text.Replace('\n', ' '), SummaryChars)) { MaxLines = 4, Spacing = Spacing.Small });
        }

        if (r.Edits > 0 && r.EditedAt is { } edited && r.VersionOf is null)
        {
            body.Add(new TextBlock(t.Format("GroupReport.Edited", calendar.ShowMoment(edited, t), r.Edits)) { IsSubtle = true, Size = TextSize.Small });
        }

        return body;
    }

    /// <summary>The figures the bot counted: activities by type, who reported none, the plan's tasks, and when they were counted.</summary>
    private static IEnumerable<CardElement> FiguresPart(Texts t, GroupFigures f, Committee roster, WorkCalendar calendar, bool namesSilent)
    {
        var byKind = f.ByKind.Count == 0 ? "—" : string.Join(" · ", f.ByKind.Select(k => $"{k.Kind.Name(t)} {k.Count.ToString(t.Culture)}"));
        var silent = f.Silent.Count == 0
            ? t["GroupReport.Figures.NoneSilent"]
            : namesSilent
                ? t.Plural("GroupReport.Figures.SilentValue", f.GroupSize, f.Silent.Count, string.Join(t["List.Separator"], f.Silent.Select(c => roster.ByCode(c)?.Name ?? c)))
                : t.Plural("GroupReport.Figures.SilentCount", f.GroupSize, f.Silent.Count);
        yield return new TextBlock(t["GroupReport.Figures.Title"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };
        var tasks = f.Tasks is { } p
            ? t.Format("GroupReport.Figures.TasksValue", p.Done, p.Open, p.Overdue)
            : t["GroupReport.Figures.NoTasks"];
        yield return new FactSet([
            new Fact(t["GroupReport.Figures.Activities"], t.Format("GroupReport.Figures.ActivitiesValue", f.ActivityTotal)),
            new Fact(t["GroupReport.Figures.ByKind"], byKind),
            new Fact(t["GroupReport.Figures.Silent"], silent),
            new Fact(t["GroupReport.Figures.Tasks"], tasks),
        ]);
        if (f.At is { } at)
        {
            yield return new TextBlock(t.Format("GroupReport.Figures.At", calendar.ShowMoment(at, t))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small };
        }
    }

    public static ExecuteAction FullButton(Texts t, GroupReportEntity r) =>
        new(ReportPages.Split(r.Text).Count is var pages && pages > 1 ? t.Format("GroupReport.Full.Open", pages) : t["GroupReport.Full.OpenOne"], ChannelReportVerbs.Full)
        {
            Data = PageData(r, r.VersionOf ?? r.Id, 0),
        };

    public static Dictionary<string, string> PageData(GroupReportEntity r, string id, int page)
    {
        var data = Ids(r.GroupCode, id);
        data[ChannelReportVerbs.Page] = page.ToString(CultureInfo.InvariantCulture);
        if (r.VersionOf is not null)
        {
            data[ChannelReportVerbs.Version] = r.Edits.ToString(CultureInfo.InvariantCulture);
        }

        return data;
    }

    public static string Headline(Texts t, GroupReportEntity r, Committee roster) => $"{GroupName(r, roster)} · {r.ReportKind.Name(t)}: {r.Title}";

    private static string Period(Texts t, GroupReportEntity r) =>
        CardData.Date(r.PeriodFrom) is { } from && CardData.Date(r.PeriodTo) is { } to
            ? t.Format("GroupReport.Period", WorkCalendar.Show(from, t), WorkCalendar.Show(to, t))
            : "";

    /// <summary>Who stands behind the report: the leader, or the secretariat on the group's behalf, said plainly.</summary>
    private static string Byline(Texts t, GroupReportEntity r, Committee roster, WorkCalendar calendar)
    {
        var name = roster.ByCode(r.PublishedBy ?? r.CreatedBy)?.Name ?? r.PublishedBy ?? r.CreatedBy;
        return r.PublishedAt is not { } at
            ? t.Format("GroupReport.By.Draft", name)
            : t.Format(r.OnBehalf ? "GroupReport.By.Secretariat" : "GroupReport.By.Leader", name, WorkCalendar.Show(calendar.ToDate(at), t));
    }

    public static string VersionName(Texts t, int version) =>
        version == 0 ? t["GroupReport.Version.Original"] : t.Format("GroupReport.Version.Correction", version);

    public static string GroupName(GroupReportEntity r, Committee roster) => roster.Group(r.GroupCode)?.Name ?? r.GroupCode;

    public static Dictionary<string, string> Ids(string group, string id) => new() { [ChannelReportVerbs.Group] = group, [ChannelReportVerbs.Id] = id };

    public static ColumnSet Row(Texts t, GroupReportEntity r, string heading, string title, Committee roster, WorkCalendar calendar)
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
        ])
        { Separator = true };
    }

    public static IEnumerable<GroupReportEntity> Newest(IEnumerable<GroupReportEntity> reports) =>
        reports.OrderByDescending(r => r.PublishedAt ?? r.UpdatedAt);

    public static TextBlock PlaceLine(Texts t, string? place) => place is null
        ? new TextBlock("⚠ " + t["GroupReport.NoChannelYet"]) { Color = TextColor.Attention, Size = TextSize.Small }
        : new TextBlock(t.Format("GroupReport.PostsTo", place)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None };
}
