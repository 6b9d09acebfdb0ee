using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Conversations;
using LiaisonBot.Reminders;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Plans.Reminders;

/// <summary>
/// The plans' reminders: owners are reminded N days before a task is due, leaders get a weekly digest of overdue and
/// due-soon tasks. Each goes out once a day (<see cref="ReminderClaims"/>).
/// </summary>
public sealed class PlanReminders(PlanStore store, RosterStore roster, ConversationStore conversations, ReminderClaims claims, WorkCalendar calendar, IOptions<PlanOptions> options)
    : IReminderPass
{
    public async Task<int> RunAsync(DateOnly today, bool digestDay, CancellationToken ct)
    {
        var year = calendar.WorkYear;
        var published = (await store.PlansAsync(year, ct)).Where(p => p.Status is PlanState.Published).Select(p => p.GroupCode).ToHashSet();
        var tasks = (await store.YearTasksAsync(year, ct)).Where(t => published.Contains(t.GroupCode) && t.PublishedRevision > 0 && t.IsOpen).ToList();
        if (tasks.Count == 0)
        {
            return 0;
        }

        var committee = await roster.GetAsync(ct);
        var reachable = await conversations.ReachableAsync(ct);
        var sent = 0;
        foreach (var task in tasks)
        {
            var days = task.Due.DayNumber - today.DayNumber;
            if (options.Value.RemindDaysBefore.Contains(days))
            {
                var recipients = reachable.Recipients(task.OwnersIn(committee).Select(m => m.Code));
                sent += await claims.SendOnceAsync($"due-{task.PartitionKey}-{task.RowKey}-{WorkCalendar.Iso(today)}", today,
                    t => ReminderCards.Reminder(t, task, days), recipients, ct) ? 1 : 0;
            }
        }

        if (digestDay)
        {
            foreach (var group in tasks.GroupBy(t => t.GroupCode))
            {
                var overdue = group.Where(t => t.IsOverdue(today)).ToList();
                var soon = group.Where(t => !t.IsOverdue(today) && t.Due.DayNumber - today.DayNumber <= options.Value.DueSoonDays).ToList();
                if (overdue.Count + soon.Count == 0 || committee.LeaderOf(group.Key) is not { } leader || !reachable.TryGetValue(leader.Code, out var chat) ||
                    committee.Group(group.Key) is not { } info)
                {
                    continue;
                }

                sent += await claims.SendOnceAsync($"digest-{year}-{group.Key}-{WorkCalendar.Iso(today)}", today,
                    t => ReminderCards.Digest(t, info, overdue, soon, today), [chat.Recipient(leader.Code)], ct) ? 1 : 0;
            }
        }

        return sent;
    }
}
