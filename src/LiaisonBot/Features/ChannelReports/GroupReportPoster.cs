using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Conversations;
using LiaisonBot.Hosting;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.ChannelReports;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>
/// Follows reports being posted: once the outbox has posted one in its channel, stores the message's activity id (which
/// corrections update) and marks it published; if Teams refused it (bot removed, channel gone), marks it failed and tells
/// whoever pressed Publish, in their chat, with a button to publish again. Any instance may run it: each change is an
/// ETag-checked write that only applies to the attempt it saw.
/// </summary>
public sealed class GroupReportPoster(
    GroupReportStore store,
    Outbox outbox,
    ConversationStore conversations,
    RosterStore rosters,
    WorkCalendar calendar,
    TimeProvider clock,
    IOptions<ChannelReportOptions> options,
    ILogger<GroupReportPoster> log) : PeriodicService(clock, log)
{
    protected override TimeSpan Interval => options.Value.PostInterval;

    protected override string Work => "Checking group reports being posted";

    protected override Task RunOnceAsync(CancellationToken ct) => CheckAsync(ct);

    public async Task CheckAsync(CancellationToken ct)
    {
        foreach (var posting in await store.InStateAsync(GroupReportState.Posting, ct))
        {
            var delivery = (await outbox.DeliveriesAsync(posting.PostJobId, ct)).FirstOrDefault(d => d.Key == GroupReportCommands.ChannelKey);
            if (delivery is null || delivery.State == DeliveryState.Queued)
            {
                continue;
            }

            var posted = delivery.State == DeliveryState.Delivered;
            var attempt = posting.PostAttempts;
            var changed = false;
            var saved = await store.ChangeAsync(posting.GroupCode, posting.Id, r =>
            {
                changed = r.Status == GroupReportState.Posting && r.PostAttempts == attempt;
                if (changed)
                {
                    r.State = (posted ? GroupReportState.Published : GroupReportState.PostFailed).ToString();
                    r.PostActivityId = posted ? delivery.ActivityId : null;
                    r.PostFailure = posted ? null : delivery.Reason ?? delivery.State.ToString();
                }

                return changed;
            }, ct);
            if (changed && saved is { Status: GroupReportState.PostFailed })
            {
                Logger.LogWarning("Group report {Id} of {Group} could not be posted: {Reason}.", saved.Id, saved.GroupCode, saved.PostFailure);
                await TellPublisherAsync(saved, ct);
            }
        }
    }

    private async Task TellPublisherAsync(GroupReportEntity r, CancellationToken ct)
    {
        var roster = await rosters.GetAsync(ct);
        if (r.PublishedBy is not { } code || !(await conversations.ReachableAsync(ct)).TryGetValue(code, out var chat))
        {
            return;
        }

        var card = GroupReportCards.Opened(Texts.For(chat.Locale), r, roster, calendar, Texts.For(chat.Locale)["GroupReport.TheChannel"]);
        var payloads = new Dictionary<string, Protocol.Activity> { [Texts.For(chat.Locale).Culture.Name] = Cards.CardAttachment.Message(card) };
        await outbox.EnqueueAsync(new OutboxJob($"grf-{r.Id}-{r.PostAttempts}", DeliveryKind.Send, payloads, [chat.Recipient(code)]), ct);
    }
}

public sealed class ChannelReportOptions
{
    /// <summary>How often reports being posted are checked for their outcome.</summary>
    public TimeSpan PostInterval { get; set; } = TimeSpan.FromSeconds(2);
}
