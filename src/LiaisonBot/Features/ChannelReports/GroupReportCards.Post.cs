using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>
/// The report as people read it: a summary card (what the channel gets, and the secretariat's copy) whose sections are
/// clipped, with the whole text a button away, a page at a time.
/// </summary>
public static partial class GroupReportCards
{
    /// <summary>Characters of each section shown in the summary: four sections stay readable on a phone screen.</summary>
    public const int SummaryChars = 140;

    public static string Name(this GroupReportKind kind, Texts t) => t[$"GroupReport.Kind.{kind}"];

    /// <summary>The card posted in the group's channel as a new thread.</summary>
    public static AdaptiveCard Post(Texts t, GroupReportEntity r, Committee roster, WorkCalendar calendar) =>
        new(Summary(t, r, roster, calendar)) { Actions = [FullButton(t, r)], Speak = Headline(t, r, roster) };

    /// <summary>The secretariat's copy: the channel card, saying where it was posted.</summary>
    public static AdaptiveCard Copy(Texts t, GroupReportEntity r, Committee roster, WorkCalendar calendar, string place)
    {
        var body = new List<CardElement>
        {
            new TextBlock(t.Format(r.Edits > 0 ? "GroupReport.Copy.Corrected" : "GroupReport.Copy.Posted", GroupName(r, roster), place))
                { IsSubtle = true, Size = TextSize.Small },
        };
        body.AddRange(Summary(t, r, roster, calendar));
        return new AdaptiveCard(body) { Actions = [FullButton(t, r)], Speak = Headline(t, r, roster) };
    }

    /// <summary>One page of the whole text; <paramref name="r"/> may be an earlier version.</summary>
    public static AdaptiveCard FullPage(Texts t, GroupReportEntity r, int page, Committee roster)
    {
        var pages = ReportPages.Split(r.Text);
        page = Math.Clamp(page, 0, pages.Count - 1);
        var status = t.Format("GroupReport.Full.Page", page + 1, pages.Count);
        if (r.VersionOf is not null)
        {
            status = $"{VersionName(t, r.Edits)} · {status}";
        }

        var body = new List<CardElement>
        {
            new Container([
                new TextBlock($"{GroupName(r, roster)} · {r.ReportKind.Name(t)} {r.Year}") { Size = TextSize.Small, Color = TextColor.Accent, Weight = TextWeight.Bolder },
                Parts.Title(r.Title),
                new TextBlock(status) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            ]) { Style = ContainerStyle.Emphasis, Bleed = true },
        };
        foreach (var part in pages[page])
        {
            body.Add(new TextBlock(t[$"GroupReport.Section.{part.SectionKey}"] + (part.Continued ? t["GroupReport.Full.Continued"] : ""))
                { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            body.Add(new TextBlock(part.Text));
        }

        var id = r.VersionOf ?? r.Id;
        var actions = new List<CardAction>();
        if (page > 0)
        {
            actions.Add(new ExecuteAction(t["GroupReport.Full.Previous"], ChannelReportVerbs.Full) { Data = PageData(r, id, page - 1) });
        }

        if (page < pages.Count - 1)
        {
            actions.Add(new ExecuteAction(t["GroupReport.Full.Next"], ChannelReportVerbs.Full) { Data = PageData(r, id, page + 1) });
        }

        actions.Add(r.VersionOf is null
            ? new ExecuteAction(t["GroupReport.Full.Back"], ChannelReportVerbs.Summary) { Data = Ids(r.GroupCode, id) }
            : new ExecuteAction(t["GroupReport.History"], ChannelReportVerbs.History) { Data = Ids(r.GroupCode, id) });
        return new AdaptiveCard(body) { Actions = actions };
    }

    /// <summary>Heading, figures, the clipped sections and the correction note: the part every view of a report shares.</summary>
    private static List<CardElement> Summary(Texts t, GroupReportEntity r, Committee roster, WorkCalendar calendar)
    {
        var body = new List<CardElement>
        {
            new Container([
                new TextBlock($"{GroupName(r, roster)} · {r.ReportKind.Name(t)} {r.Year}") { Size = TextSize.Small, Color = TextColor.Accent, Weight = TextWeight.Bolder },
                Parts.Title(r.Title),
                new TextBlock($"{Period(t, r)} · {Byline(t, r, roster, calendar)}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            ]) { Style = ContainerStyle.Emphasis, Bleed = true },
        };
        body.AddRange(FiguresPart(t, r.Figures, roster, calendar));
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
    private static IEnumerable<CardElement> FiguresPart(Texts t, GroupFigures f, Committee roster, WorkCalendar calendar)
    {
        var byKind = f.ByKind.Count == 0 ? "—" : string.Join(" · ", f.ByKind.Select(k => $"{k.Kind.Name(t)} {k.Count.ToString(t.Culture)}"));
        var silent = f.Silent.Count == 0
            ? t["GroupReport.Figures.NoneSilent"]
            : t.Format("GroupReport.Figures.SilentValue", f.Silent.Count, f.GroupSize, string.Join(t["List.Separator"], f.Silent.Select(c => roster.ByCode(c)?.Name ?? c)));
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

    private static ExecuteAction FullButton(Texts t, GroupReportEntity r) =>
        new(ReportPages.Split(r.Text).Count is var pages && pages > 1 ? t.Format("GroupReport.Full.Open", pages) : t["GroupReport.Full.OpenOne"], ChannelReportVerbs.Full)
        {
            Data = PageData(r, r.VersionOf ?? r.Id, 0),
        };

    private static Dictionary<string, string> PageData(GroupReportEntity r, string id, int page)
    {
        var data = Ids(r.GroupCode, id);
        data[ChannelReportVerbs.Page] = page.ToString(CultureInfo.InvariantCulture);
        if (r.VersionOf is not null)
        {
            data[ChannelReportVerbs.Version] = r.Edits.ToString(CultureInfo.InvariantCulture);
        }

        return data;
    }

    private static string Headline(Texts t, GroupReportEntity r, Committee roster) => $"{GroupName(r, roster)} · {r.ReportKind.Name(t)}: {r.Title}";

    private static string Period(Texts t, GroupReportEntity r) =>
        GroupReportForm.ParseDate(r.PeriodFrom) is { } from && GroupReportForm.ParseDate(r.PeriodTo) is { } to
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

    private static string VersionName(Texts t, int version) =>
        version == 0 ? t["GroupReport.Version.Original"] : t.Format("GroupReport.Version.Correction", version);

    private static string GroupName(GroupReportEntity r, Committee roster) => roster.Group(r.GroupCode)?.Name ?? r.GroupCode;

    private static Dictionary<string, string> Ids(string group, string id) => new() { [ChannelReportVerbs.Group] = group, [ChannelReportVerbs.Id] = id };
}
