using LiaisonBot.Cards;
using LiaisonBot.Features.Roster;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>
/// What the secretariat is told about channels and reports, in each staff member's 1:1 chat and language, through the
/// outbox. Job ids come from the caller and name the event, so telling twice is a no-op.
/// </summary>
public sealed class SecretariatCopies(Outbox outbox, ConversationStore conversations)
{
    public async Task SendAsync(string jobId, Committee roster, Func<Texts, AdaptiveCard> card, CancellationToken ct)
    {
        var reachable = await conversations.ReachableAsync(ct);
        var recipients = roster.WithRole(Roles.Secretariat).Where(m => reachable.ContainsKey(m.Code))
            .Select(m => reachable[m.Code].Recipient(m.Code)).ToList();
        if (recipients.Count > 0)
        {
            await outbox.EnqueueAsync(new OutboxJob(jobId, DeliveryKind.Send, Payloads(card), recipients), ct);
        }
    }

    /// <summary>Replaces, in place, every copy that job <paramref name="sentJobId"/> delivered.</summary>
    public async Task UpdateAsync(string jobId, string sentJobId, Func<Texts, AdaptiveCard> card, CancellationToken ct)
    {
        var reachable = await conversations.ReachableAsync(ct);
        var recipients = (await outbox.DeliveriesAsync(sentJobId, ct))
            .Where(d => d.State == DeliveryState.Delivered && d.ActivityId is not null && reachable.ContainsKey(d.Key))
            .Select(d => reachable[d.Key].Recipient(d.Key, d.ActivityId)).ToList();
        if (recipients.Count > 0)
        {
            await outbox.EnqueueAsync(new OutboxJob(jobId, DeliveryKind.Update, Payloads(card), recipients), ct);
        }
    }

    public static Dictionary<string, Activity> Payloads(Func<Texts, AdaptiveCard> card) =>
        Texts.All.ToDictionary(t => t.Culture.Name, t => CardAttachment.Message(card(t)));
}
