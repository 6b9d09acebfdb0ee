namespace LiaisonBot.Calendar;

/// <summary>Configuration section <c>Calendar</c>: the committee's time zone and work year.</summary>
public sealed class CalendarOptions
{
    /// <summary>IANA id; the committee works in China Standard Time.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The current work year; empty means the calendar year of today in <see cref="TimeZone"/>.</summary>
    public int? WorkYear { get; set; }
}
