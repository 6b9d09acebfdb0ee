using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Conversations;
using LiaisonBot.Hosting;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;

namespace LiaisonBot.Features.ChannelReports;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>
/// The outbox's hook for reports being posted: once the post has settled, stores the message's activity id (which
/// corrections update) and marks the report published; if Teams refused it (bot removed, channel gone), marks it failed
/// and tells whoever pressed Publish, in their chat, with a button to publish again. Safe to run twice: the state change
/// applies only to the attempt the job was for, and the message to the publisher is a job with an id of its own.
/// </summary>
public sealed class GroupReportPoster(
    GroupReportStore store,
    Outbox outbox,
    ConversationStore conversations,
    RosterStore rosters,
    WorkCalendar calendar,
    RecordChanges changes,
    ILogger<GroupReportPoster> log) : IOutboxHook
{
    /// <summary>The hook kind of a report's post job.</summary>
    public const string Hook = "group-report";

    public async Task<bool> JobSettledAsync(string jobId, CancellationToken ct)
    {
        if (GroupReportEntity.OfPostJob(jobId) is not var (id, attempt) || await store.WithIdAsync(id, ct) is not { Count: > 0 } reports)
        {
            return true;
        }

        if (reports.All(r => r.PostAttempts < attempt))
        {
            return false; // Publish queues the post before it saves the report: ask again once it has
        }

        if ((await outbox.DeliveriesAsync(jobId, ct)).FirstOrDefault(d => d.Key == PublishGroupReport.ChannelKey) is not { } delivery)
        {
            return true;
        }

        foreach (var report in reports)
        {
            var changed = false;
            var saved = await store.ChangeAsync(report.GroupCode, id, r => changed = delivery.State == DeliveryState.Delivered
                ? r.Posted(attempt, delivery.ActivityId)
                : r.PostFailed(attempt, delivery.Reason ?? delivery.State.ToString()), ct);
            if (changed && saved is { Status: GroupReportState.Published })
            {
                changes.Changed(saved.Year, saved.GroupCode); // a report in the channel is a record of the group's year (the assessment counts them)
            }

            if (saved is { Status: GroupReportState.PostFailed } && saved.PostAttempts == attempt)
            {
                if (changed)
                {
                    log.LogWarning("Group report {Id} of {Group} could not be posted: {Reason}.", saved.Id, saved.GroupCode, saved.PostFailure);
                }

                await TellPublisherAsync(saved, ct); // on a second run too: the same job id, queued once
            }
        }

        return true;
    }

    private async Task TellPublisherAsync(GroupReportEntity r, CancellationToken ct)
    {
        var roster = await rosters.GetAsync(ct);
        if (r.PublishedBy is not { } code || !(await conversations.ReachableAsync(ct)).TryGetValue(code, out var chat))
        {
            return;
        }

        var card = OpenGroupReport.Card(Texts.For(chat.Locale), r, roster, calendar, Texts.For(chat.Locale)["GroupReport.TheChannel"]);
        var payloads = new Dictionary<string, Protocol.Activity> { [Texts.For(chat.Locale).Culture.Name] = Cards.CardAttachment.Message(card) };
        await outbox.EnqueueAsync(new OutboxJob($"grf-{r.Id}-{r.PostAttempts}", DeliveryKind.Send, payloads, [chat.Recipient(code)]), ct);
    }
}
