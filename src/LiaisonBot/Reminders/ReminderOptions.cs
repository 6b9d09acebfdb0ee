using LiaisonBot.Hosting;

namespace LiaisonBot.Reminders;

/// <summary>Settings under <c>Reminders</c>: when reminders of every kind may go out.</summary>
public sealed class ReminderOptions : ICheckedOptions
{
    public const string Section = "Reminders";

    /// <summary>No reminder is sent from this local time until <see cref="QuietUntil"/> (China Standard Time by default).</summary>
    public TimeOnly QuietFrom { get; set; } = new(21, 0);

    public TimeOnly QuietUntil { get; set; } = new(8, 0);

    /// <summary>The day of the weekly digests (leaders' overdue tasks, reports waiting for verification).</summary>
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;

    /// <summary>How often an instance looks for reminders to send.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<string> Problems() => Setting.Problems(
        Enum.IsDefined(DigestDay) ? null : $"Reminders:DigestDay must be a day of the week (Monday … Sunday); got {(int)DigestDay}.",
        Setting.Between("Reminders:Interval", Interval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(6)));
}
