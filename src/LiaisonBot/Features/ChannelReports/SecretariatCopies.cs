using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
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
        var recipients = (await conversations.ReachableAsync(ct)).Recipients(roster.WithRole(Roles.Secretariat).Select(m => m.Code));
        if (recipients.Count > 0)
        {
            await outbox.EnqueueAsync(new OutboxJob(jobId, DeliveryKind.Send, CardAttachment.PerLanguage(card), recipients), ct);
        }
    }

    /// <summary>Replaces, in place, every copy that job <paramref name="sentJobId"/> delivered.</summary>
    public async Task UpdateAsync(string jobId, string sentJobId, Func<Texts, AdaptiveCard> card, CancellationToken ct)
    {
        var recipients = await conversations.DeliveredCopiesAsync(await outbox.DeliveriesAsync(sentJobId, ct), ct);
        if (recipients.Count > 0)
        {
            await outbox.EnqueueAsync(new OutboxJob(jobId, DeliveryKind.Update, CardAttachment.PerLanguage(card), recipients), ct);
        }
    }
}
