using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Plans.Publishing;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>What one publication did: how many members it went to, how many could not be reached, or that nothing had changed.</summary>
public sealed record Publication(string GroupCode, int Sent, int NotInstalled, string? JobId)
{
    public bool NothingChanged => JobId is null;
}

/// <summary>
/// Sends a group's plan to its members through the outbox: the first time, each member gets the plan and their tasks;
/// after that, only what changed since the last sending, and only to those it concerns.
/// </summary>
public sealed class PlanPublisher(PlanStore store, Outbox outbox, ConversationStore conversations, WorkCalendar calendar)
{
    private const int Attempts = 3;

    public static string JobId(int year, string group, int publication) =>
        string.Create(CultureInfo.InvariantCulture, $"plan-{year}-{group}-{publication}");

    public async Task<Publication?> PublishAsync(int year, string group, Committee roster, CancellationToken ct)
    {
        if (await store.FindPlanAsync(year, group, ct) is not { } plan || roster.Group(group) is not { } info)
        {
            return null;
        }

        var tasks = await store.TasksAsync(group, year, ct);
        var first = plan.Status is PlanState.Draft;
        var header = first || plan.Revision != plan.PublishedRevision;
        var changed = tasks.Where(t => t.IsChanged).ToList();
        if (!header && changed.Count == 0)
        {
            return new Publication(group, 0, 0, null);
        }

        var reachable = await conversations.ReachableAsync(ct);
        var payloads = new Dictionary<string, Activity>();
        var recipients = new List<OutboxRecipient>();
        var notInstalled = 0;
        foreach (var member in roster.MembersOf(group))
        {
            var items = first
                ? tasks.Where(t => !t.Cancelled && t.IsOwnedBy(member)).Select(t => new PlanItem(t, PlanChange.None)).ToList()
                : changed.Select(t => new PlanItem(t, ChangeFor(t, member))).Where(i => i.Change is not PlanChange.None).ToList();
            if (!header && items.Count == 0)
            {
                continue;
            }

            if (!reachable.TryGetValue(member.Code, out var chat))
            {
                notInstalled++;
                continue;
            }

            var card = ReceivedPlan.Card(Texts.For(chat.Locale), plan, info, items, header, first);
            payloads[member.Code] = CardAttachment.Message(card);
            recipients.Add(chat.Recipient(member.Code) with { PayloadKey = member.Code });
        }

        // Enqueue before marking anything sent: after a crash, publishing again re-enqueues the same job id, a no-op.
        var jobId = JobId(year, group, plan.Publications + 1);
        await outbox.EnqueueAsync(new OutboxJob(jobId, DeliveryKind.Send, payloads, recipients), ct);
        await MarkSentAsync(tasks.Where(t => first || t.IsChanged).ToDictionary(t => t.RowKey, t => t.Revision), year, group, ct);
        await MarkPlanSentAsync(plan, ct);
        return new Publication(group, recipients.Count, notInstalled, jobId);
    }

    /// <summary>How a changed task concerns a member: theirs now (new, changed, cancelled), or no longer theirs.</summary>
    private static PlanChange ChangeFor(PlanTaskEntity task, Member member)
    {
        var owns = task.IsOwnedBy(member);
        var owned = task.PublishedRevision > 0 && (task.PublishedOwners.Length == 0
            ? member.GroupCode == task.GroupCode
            : PlanTaskEntity.Codes(task.PublishedOwners).Contains(member.Code, StringComparer.OrdinalIgnoreCase));
        return (owns, owned) switch
        {
            (_, true) when task.Cancelled => PlanChange.Cancelled,
            (true, _) when task.Cancelled => PlanChange.None,
            (true, false) => PlanChange.New,
            (true, true) => PlanChange.Changed,
            (false, true) => PlanChange.NoLongerYours,
            _ => PlanChange.None,
        };
    }

    private async Task MarkSentAsync(Dictionary<string, int> sent, int year, string group, CancellationToken ct)
    {
        // An owner may save progress meanwhile: re-read and mark again; the revision sent is what counts as published.
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var tasks = (await store.TasksAsync(group, year, ct)).Where(t => sent.ContainsKey(t.RowKey)).ToList();
            foreach (var task in tasks)
            {
                task.PublishedRevision = sent[task.RowKey];
                task.PublishedOwners = task.Owners;
            }

            if (await store.TrySaveTasksAsync(tasks, ct))
            {
                return;
            }
        }

        throw new InvalidOperationException($"Tasks of plan {year}-{group} keep changing while being published.");
    }

    private async Task MarkPlanSentAsync(PlanEntity plan, CancellationToken ct)
    {
        var sentRevision = plan.Revision;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            plan.State = nameof(PlanState.Published);
            plan.PublishedRevision = sentRevision;
            plan.Publications++;
            plan.PublishedAt = calendar.Now;
            plan.FirstPublishedAt ??= plan.PublishedAt;
            if (await store.TrySaveAsync(plan, ct))
            {
                return;
            }

            plan = await store.FindPlanAsync(plan.Year, plan.GroupCode, ct) ?? throw new InvalidOperationException("Plan vanished while being published.");
        }

        throw new InvalidOperationException($"Plan {plan.PartitionKey}-{plan.RowKey} keeps changing while being published.");
    }
}
