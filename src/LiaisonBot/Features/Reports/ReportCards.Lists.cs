using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Reports;

public static partial class ReportCards
{
    public const int PageSize = 8;

    /// <summary>A member's reports of the work year, newest activity first, a page at a time.</summary>
    public static AdaptiveCard Mine(Texts t, IReadOnlyList<ReportEntity> reports, int page, int workYear, WorkCalendar calendar)
    {
        var body = new List<CardElement> { Parts.Title(t.Format("Report.Mine.Title", workYear)) };
        if (reports.Count == 0)
        {
            body.Add(new TextBlock(t["Report.Mine.None"]));
            return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Button.report"], ReportVerbs.Report)] };
        }

        var pages = (reports.Count + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 0, pages - 1);
        body.Add(new TextBlock(t.Format("Report.Page", reports.Count, page + 1, pages)) { IsSubtle = true, Spacing = Spacing.None });
        foreach (var report in Newest(reports).Skip(page * PageSize).Take(PageSize))
        {
            var line = $"{WorkCalendar.Show(calendar.ToDate(report.ActivityDate), t)} · {report.ActivityKind.Name(t)}" +
                (report.Withdrawn ? $" · {t["Report.WithdrawnTag"]}" : "");
            body.Add(new ColumnSet([
                new Column([
                    new TextBlock(report.Title) { Weight = TextWeight.Bolder, MaxLines = 2, IsSubtle = report.Withdrawn },
                    new TextBlock(line) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                ]) { Width = "stretch" },
                new Column([
                    new ActionSet([new ExecuteAction(t["Report.Open"], ReportVerbs.Open)
                        { Data = new Dictionary<string, string> { [ReportVerbs.ReportId] = report.Id } }]),
                ]) { Width = "auto", VerticalContentAlignment = VerticalAlignment.Center },
            ]) { Separator = true });
        }

        var actions = new List<CardAction> { new ExecuteAction(t["Button.report"], ReportVerbs.Report) };
        if (page > 0)
        {
            actions.Add(PageButton(t["Report.Newer"], page - 1));
        }

        if (page < pages - 1)
        {
            actions.Add(PageButton(t["Report.Older"], page + 1));
        }

        return new AdaptiveCard(body) { Actions = actions };
    }

    public static IEnumerable<ReportEntity> Newest(IEnumerable<ReportEntity> reports) =>
        reports.OrderByDescending(r => r.ActivityDate).ThenByDescending(r => r.CreatedAt);

    private static ExecuteAction PageButton(string title, int page) =>
        new(title, ReportVerbs.Mine) { Data = new Dictionary<string, string> { [ReportVerbs.Page] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
}
