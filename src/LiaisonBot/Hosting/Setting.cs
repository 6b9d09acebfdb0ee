namespace LiaisonBot.Hosting;

/// <summary>
/// The checks options run on their values, each answering null or a message that names the setting as an operator
/// writes it and what was given: "Meetings:CodeStep must be between 00:00:10 and 00:05:00; got 00:00:00."
/// </summary>
public static class Setting
{
    public static string? Between(string setting, TimeSpan value, TimeSpan min, TimeSpan max) =>
        value >= min && value <= max ? null : $"{setting} must be between {min:c} and {max:c}; got {value:c}.";

    public static string? Between(string setting, long value, long min, long max) =>
        value >= min && value <= max ? null : $"{setting} must be between {min} and {max}; got {value}.";

    public static string? AtLeast(string setting, long value, long min) =>
        value >= min ? null : $"{setting} must be at least {min}; got {value}.";

    /// <summary>Every number of a list setting (Plans:RemindDaysBefore:0, :1…) within the range.</summary>
    public static string? EachBetween(string setting, IEnumerable<int> values, int min, int max) =>
        values.Where(v => v < min || v > max).Select(v => (int?)v).FirstOrDefault() is { } wrong
            ? $"{setting} must hold numbers between {min} and {max}; got {wrong}."
            : null;

    /// <summary>The messages of the checks that failed.</summary>
    public static IEnumerable<string> Problems(params string?[] checks) => checks.OfType<string>();
}
