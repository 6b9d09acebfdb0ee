using Azure;
using Azure.Data.Tables;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Plans.Reminders;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>
/// One pass over the year's published tasks: owners are reminded N days before a task is due, leaders get a weekly digest
/// of overdue and due-soon tasks. Each reminder is first claimed by inserting a row keyed by what it is and the day, so
/// of several bot instances exactly one sends it; a claim whose sender stopped before enqueueing is finished by the next pass.
/// </summary>
public sealed class PlanReminders(
    Tables tables, PlanStore store, RosterStore roster, ConversationStore conversations, Outbox outbox,
    WorkCalendar calendar, TimeProvider time, IOptions<PlanOptions> options, ILogger<PlanReminders> logger)
{
    public const string Table = "PlanReminders";

    /// <summary>A claim not marked enqueued after this long is taken to belong to an instance that stopped.</summary>
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    private TableClient Claims => tables[Table];

    /// <summary>Sends what is due now; returns how many reminders and digests this pass enqueued.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = calendar.ToLocal(time.GetUtcNow());
        if (IsQuiet(TimeOnly.FromDateTime(now)))
        {
            return 0;
        }

        var today = DateOnly.FromDateTime(now);
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
                sent += await SendOnceAsync($"due-{task.PartitionKey}-{task.RowKey}-{WorkCalendar.Iso(today)}", today,
                    t => ReminderCards.Reminder(t, task, days), recipients, ct) ? 1 : 0;
            }
        }

        if (today.DayOfWeek == options.Value.DigestDay)
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

                sent += await SendOnceAsync($"digest-{year}-{group.Key}-{WorkCalendar.Iso(today)}", today,
                    t => ReminderCards.Digest(t, info, overdue, soon, today), [chat.Recipient(leader.Code)], ct) ? 1 : 0;
            }
        }

        return sent;
    }

    public bool IsQuiet(TimeOnly time)
    {
        var (from, until) = (options.Value.QuietFrom, options.Value.QuietUntil);
        return from <= until ? time >= from && time < until : time >= from || time < until;
    }

    /// <summary>Claims the reminder for today, enqueues it, marks the claim done; false if it was already sent.</summary>
    private async Task<bool> SendOnceAsync(string id, DateOnly today, Func<Texts, AdaptiveCard> card, List<OutboxRecipient> recipients, CancellationToken ct)
    {
        if (recipients.Count == 0)
        {
            return false;
        }

        var claim = new TableEntity(WorkCalendar.Iso(today), id) { ["Enqueued"] = false, ["ClaimedAt"] = time.GetUtcNow() };
        if (!await Claims.TryAddCheckedAsync(claim, ct))
        {
            var existing = (await Claims.GetEntityAsync<TableEntity>(claim.PartitionKey, id, cancellationToken: ct)).Value;
            if (existing.GetBoolean("Enqueued") == true || time.GetUtcNow() - existing.GetDateTimeOffset("ClaimedAt") < Abandoned)
            {
                return false;
            }

            claim = existing;
        }

        await outbox.EnqueueAsync(new OutboxJob(id, DeliveryKind.Send, CardAttachment.PerLanguage(card), recipients), ct); // the same id again is a no-op
        claim["Enqueued"] = true;
        await Claims.UpdateEntityAsync(claim, ETag.All, TableUpdateMode.Merge, ct);
        logger.LogInformation("Plan reminder {Reminder} enqueued for {Count} recipients.", id, recipients.Count);
        return true;
    }
}
