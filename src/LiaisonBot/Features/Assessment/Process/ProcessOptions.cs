using LiaisonBot.Hosting;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>Settings under <c>Assessment</c>.</summary>
public sealed class ProcessOptions : ICheckedOptions
{
    public const string Section = "Assessment";

    /// <summary>Leaders who have not submitted are reminded this many days before the self-evaluation's deadline (each once).</summary>
    public int[] RemindDaysBefore { get; set; } = [7, 1];

    /// <summary>How many of the reminders are due with <paramref name="daysLeft"/> days to go: the count stored once each is sent.</summary>
    public int RemindersDue(int daysLeft) => daysLeft < 0 ? 0 : RemindDaysBefore.Distinct().Count(d => daysLeft <= d);

    public IEnumerable<string> Problems() => Setting.Problems(Setting.EachBetween("Assessment:RemindDaysBefore", RemindDaysBefore, 0, 365));
}
