using System.Globalization;
using LiaisonBot.Calendar;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Cards;

/// <summary>
/// The year a year-scoped list shows: the work year, or last year, so that in January December's work is still in
/// reach. Every such list (my reports, group summaries, my tasks, a group plan) offers buttons to the other year.
/// </summary>
public static class YearSwitch
{
    public const string Key = "year";

    public static int Of(Turn turn, WorkCalendar calendar) =>
        turn.ActionNumber(Key) is { } year && calendar.OpenYears.Contains(year) ? year : calendar.WorkYear;

    /// <summary>Buttons to the other years, each carrying <paramref name="data"/> (e.g. the group shown) along.</summary>
    public static ActionSet Buttons(Texts t, string verb, int shown, WorkCalendar calendar, IReadOnlyDictionary<string, string>? data = null) =>
        new(calendar.OpenYears.Where(y => y != shown)
            .Select(y => (CardAction)new ExecuteAction(t.Format("Year.Show", y), verb) { Data = With(data, y) }).ToList())
        { Spacing = Spacing.None };

    /// <summary><paramref name="data"/> with the year added, for buttons that must keep showing the same year.</summary>
    public static Dictionary<string, string> With(IReadOnlyDictionary<string, string>? data, int year) =>
        new(data ?? new Dictionary<string, string>()) { [Key] = year.ToString(CultureInfo.InvariantCulture) };
}
