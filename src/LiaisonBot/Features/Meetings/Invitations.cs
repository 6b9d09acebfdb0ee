using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Features.Meetings.SignIn;

namespace LiaisonBot.Features.Meetings;

/// <summary>Everything a meeting sends goes through the outbox: invitations, their updates in place, and one-off messages.</summary>
public sealed class Invitations(ConversationStore conversations, Outbox.Outbox outbox, WorkCalendar calendar, SignInWindow window)
{
    /// <summary>Sends this revision's invitation to every invitee the bot can reach; the same revision again is a no-op.</summary>
    public async Task SendAsync(MeetingEntity m, CancellationToken ct)
    {
        var reachable = await conversations.ReachableAsync(ct);
        await outbox.EnqueueAsync(new OutboxJob(m.InviteJobId, DeliveryKind.Send, InvitationCard.PerLanguage(m, calendar, window),
            reachable.Recipients(m.InviteeCodes), Hook: MeetingStatusUpdater.Hook), ct);
    }

    /// <summary>
    /// Tells every invitee once that the meeting changed (a new time, or cancelled): their invitation card is updated in
    /// place where the bot knows it, and sent anew to those whose copy it does not know.
    /// </summary>
    public async Task ChangedAsync(MeetingEntity m, string bannerKey, CancellationToken ct)
    {
        var copies = new Dictionary<string, OutboxRecipient>(StringComparer.OrdinalIgnoreCase);
        foreach (var job in CopyJobs(m))
        {
            foreach (var copy in await conversations.DeliveredCopiesAsync(await outbox.DeliveriesAsync(job, ct), ct))
            {
                copies[copy.Key] = copy; // the newest copy of a member's card wins
            }
        }

        var payloads = InvitationCard.PerLanguage(m, calendar, window, bannerKey);
        var change = $"meeting-{m.Id}-{m.Revision}-{m.State}";
        await outbox.EnqueueAsync(new OutboxJob(change + "-update", DeliveryKind.Update, payloads, [.. copies.Values]), ct);
        var others = (await conversations.ReachableAsync(ct)).Recipients(m.InviteeCodes.Where(c => !copies.ContainsKey(c)));
        await outbox.EnqueueAsync(new OutboxJob(change + "-send", DeliveryKind.Send, payloads, others), ct);
    }

    /// <summary>The jobs that delivered invitation cards: the first invitation, and the cards later changes sent anew.</summary>
    private static IEnumerable<string> CopyJobs(MeetingEntity m) =>
        Enumerable.Range(0, m.Revision + 1).Select(r => r == 0 ? $"meeting-{m.Id}-0" : $"meeting-{m.Id}-{r}-{MeetingState.Open}-send");

    /// <summary>A card to some people (a leave request to its approver, a decision to the member); <paramref name="jobId"/> makes it once.</summary>
    public async Task MessageAsync(string jobId, IEnumerable<string> memberCodes, Func<Texts, AdaptiveCard> card, CancellationToken ct)
    {
        var recipients = (await conversations.ReachableAsync(ct)).Recipients(memberCodes);
        if (recipients.Count > 0)
        {
            await outbox.EnqueueAsync(new OutboxJob(jobId, DeliveryKind.Send, CardAttachment.PerLanguage(card), recipients), ct);
        }
    }
}
