using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports;

/// <summary>A member's reports of one year (this work year unless they switch to last year), newest activity first, a page at a time.</summary>
public sealed class MyReports(ReportStore store, WorkCalendar calendar)
{
    public const int PageSize = 8;

    public static readonly CommandInfo Command = new(ReportVerbs.Mine, Roles.Member);

    public async Task<AdaptiveCard> ListAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        var reports = await store.ByAuthorAsync(caller.Member.Code, year, ct, ReportEntity.ListColumns);
        return Card(caller.Texts, reports, turn.ActionNumber(ReportVerbs.Page) ?? 0, year, calendar);
    }

    public static AdaptiveCard Card(Texts t, IReadOnlyList<ReportEntity> reports, int requestedPage, int workYear, WorkCalendar calendar)
    {
        var body = new List<CardElement> { Parts.Title(t.Format("Report.Mine.Title", workYear)), YearSwitch.Buttons(t, ReportVerbs.Mine, workYear, calendar) };
        if (reports.Count == 0)
        {
            body.Add(new TextBlock(t.Format("Report.Mine.None", workYear)));
            return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Button.report"], ReportVerbs.Report)] };
        }

        var page = Pages.Of(ReportEntity.Newest(reports).ToList(), requestedPage, PageSize);
        body.Add(new TextBlock(t.Plural("Report.Page", reports.Count, page.Number + 1, page.Count)) { IsSubtle = true, Spacing = Spacing.None });
        foreach (var report in page.Items)
        {
            var line = $"{WorkCalendar.Show(calendar.ToDate(report.ActivityDate), t)} · {report.ActivityKind.Name(t)}" +
                $" · {(report.Withdrawn ? t["Report.WithdrawnTag"] : t[$"Report.Review.Tag.{report.ReviewState}"])}";
            body.Add(new ColumnSet([
                new Column([
                    new TextBlock(report.Title) { Weight = TextWeight.Bolder, MaxLines = 2, IsSubtle = report.Withdrawn },
                    new TextBlock(line) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                ]) { Width = "stretch" },
                new Column([
                    new ActionSet([new ExecuteAction(t["Report.Open"], ReportVerbs.Open)
                        { Data = new Dictionary<string, string> { [ReportVerbs.ReportId] = report.Id } }]),
                ]) { Width = "auto", VerticalContentAlignment = VerticalAlignment.Center },
            ])
            { Separator = true });
        }

        var actions = new List<CardAction> { new ExecuteAction(t["Button.report"], ReportVerbs.Report) };
        if (page.HasPrevious)
        {
            actions.Add(PageButton(t["Report.Newer"], page.Number - 1, workYear));
        }

        if (page.HasNext)
        {
            actions.Add(PageButton(t["Report.Older"], page.Number + 1, workYear));
        }

        return new AdaptiveCard(body) { Actions = actions };
    }

    private static ExecuteAction PageButton(string title, int page, int year) =>
        new(title, ReportVerbs.Mine) { Data = YearSwitch.With(new Dictionary<string, string> { [ReportVerbs.Page] = page.ToString(CultureInfo.InvariantCulture) }, year) };
}
