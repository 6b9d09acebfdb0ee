using System.Globalization;
using LiaisonBot.Localization;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Calendar;

/// <summary>
/// Dates as the committee sees them: "today" and the work year in its time zone, activity dates stored as the UTC
/// instant of local midnight, and dates shown in each reader's language.
/// </summary>
public sealed class WorkCalendar(TimeProvider clock, IOptions<CalendarOptions> options)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);

    public int WorkYear => options.Value.WorkYear ?? Today.Year;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Reports may be for this work year or the previous one (a January report of December's work).</summary>
    public DateOnly EarliestReportDate => new(WorkYear - 1, 1, 1);

    /// <summary>The years reports, lists and reviews are about: this work year and the one before, newest first.</summary>
    public IReadOnlyList<int> OpenYears => [WorkYear, WorkYear - 1];

    public DateTimeOffset ToUtc(DateOnly date, TimeOnly time = default)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public DateTime ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, zone).DateTime;

    /// <summary>Date and time of day as the reader writes them, e.g. "2026年11月25日 09:30" or "25 Nov 2026 09:30".</summary>
    public string ShowMoment(DateTimeOffset utc, Texts t) =>
        $"{Show(DateOnly.FromDateTime(ToLocal(utc)), t)} {ToLocal(utc):HH:mm}";

    public DateOnly ToDate(DateTimeOffset utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, zone).DateTime);

    public static string Show(DateOnly date, Texts t) =>
        date.ToString(t.IsChinese ? "yyyy年M月d日" : "d MMM yyyy", t.Culture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
