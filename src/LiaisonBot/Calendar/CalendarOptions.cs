using LiaisonBot.Hosting;

namespace LiaisonBot.Calendar;

/// <summary>Configuration section <c>Calendar</c>: the committee's time zone and work year.</summary>
public sealed class CalendarOptions : ICheckedOptions
{
    public const string Section = "Calendar";

    /// <summary>IANA id; the committee works in China Standard Time.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The current work year; empty means the calendar year of today in <see cref="TimeZone"/>.</summary>
    public int? WorkYear { get; set; }

    public IEnumerable<string> Problems() => Setting.Problems(
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _)
            ? null
            : $"Calendar:TimeZone must be a time zone id such as Asia/Shanghai; got '{TimeZone}'.",
        WorkYear is { } year ? Setting.Between("Calendar:WorkYear", year, 2000, 2100) : null);
}
