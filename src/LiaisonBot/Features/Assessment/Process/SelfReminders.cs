using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Reminders;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>
/// Reminds the leaders whose self-evaluation is not submitted, the configured days before its deadline (7 and 1, say).
/// Safe with several instances: the reminder's job id names the year and its number, so the outbox takes it once, and the
/// number is then stored on the year's row under its ETag, so later passes skip it.
/// </summary>
public sealed class SelfReminders(AssessmentStore store, RosterStore roster, ProcessMail mail, WorkCalendar calendar, IOptions<ProcessOptions> options)
    : IReminderPass
{
    public static string JobId(int year, int number) => string.Create(CultureInfo.InvariantCulture, $"assessment-{year}-remind-{number}");

    public async Task<int> RunAsync(DateOnly today, bool digestDay, CancellationToken ct)
    {
        var sent = 0;
        foreach (var year in calendar.OpenYears)
        {
            if (await store.FindAsync(year, ct) is not { Status: AssessmentState.Open } assessment)
            {
                continue;
            }

            var deadline = assessment.ReadScheme().Deadline;
            var due = options.Value.RemindersDue(deadline.DayNumber - today.DayNumber);
            if (due <= assessment.Reminders)
            {
                continue;
            }

            var pending = (await store.GroupsAsync(year, ct)).Where(r => r.Self != SelfEvaluationState.Submitted).Select(r => r.GroupCode).ToList();
            var days = deadline.DayNumber - today.DayNumber;
            var mailing = await mail.ToLeadersAsync(JobId(year, due), await roster.GetAsync(ct), pending, (t, group) => Card(t, year, group, deadline, days), ct);
            await store.ChangeAsync(year, a => a.Reminders < due && (a.Reminders = due) == due, ct);
            sent += mailing.Sent;
        }

        return sent;
    }

    public static AdaptiveCard Card(Texts t, int year, Group group, DateOnly deadline, int days) =>
        new(
            new Container([new TextBlock(t["Assessment.Remind.Title"]) { Weight = TextWeight.Bolder }]) { Style = ContainerStyle.Warning },
            new TextBlock(t.Plural("Assessment.Remind.Body", days, PlainText.Literal(group.Name), year, WorkCalendar.Show(deadline, t))))
        {
            Actions = [new ExecuteAction(t["Assessment.Remind.Open"], AssessmentVerbs.Self) { Data = ProcessParts.Data(year) }],
            Speak = t["Assessment.Remind.Title"],
        };
}
