using System.Globalization;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports;

/// <summary>
/// The year a report list is about: the work year, or another year a report may be dated in (last year, so that in
/// January December's reports are still in reach). Every year-scoped view offers a switch to the other years.
/// </summary>
public static class ReportYear
{
    public static int Of(Turn turn, WorkCalendar calendar) =>
        turn.ActionNumber(ReportVerbs.Year) is { } year && year >= calendar.EarliestReportDate.Year && year <= calendar.WorkYear ? year : calendar.WorkYear;

    /// <summary>Buttons to the other years, each carrying <paramref name="data"/> (e.g. the group shown) along.</summary>
    public static ActionSet Switch(Texts t, string verb, int shown, WorkCalendar calendar, IReadOnlyDictionary<string, string>? data = null) =>
        new(Enumerable.Range(calendar.EarliestReportDate.Year, calendar.WorkYear - calendar.EarliestReportDate.Year + 1).Reverse().Where(y => y != shown)
            .Select(y => (CardAction)new ExecuteAction(t.Format("Report.Year.Show", y), verb) { Data = With(data, y) }).ToList())
        { Spacing = Spacing.None };

    /// <summary><paramref name="data"/> with the year added, for buttons that must keep showing the same year.</summary>
    public static Dictionary<string, string> With(IReadOnlyDictionary<string, string>? data, int year) =>
        new(data ?? new Dictionary<string, string>()) { [ReportVerbs.Year] = year.ToString(CultureInfo.InvariantCulture) };
}
