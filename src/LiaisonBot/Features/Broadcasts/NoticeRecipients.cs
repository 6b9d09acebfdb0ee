using LiaisonBot.App;
using LiaisonBot.Conversations;
using LiaisonBot.Outbox;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>Who a notice goes to, and who has a copy of it to update or delete.</summary>
public sealed class NoticeRecipients(ConversationStore conversations, Outbox.Outbox outbox)
{
    /// <summary>Members of the audience the bot can reach (it has their 1:1 chat), and those it cannot.</summary>
    public async Task<(List<OutboxRecipient> Reachable, List<string> NotInstalled)> OfAsync(Audience audience, Committee roster, CancellationToken ct)
    {
        var reachable = await conversations.ReachableAsync(ct);
        var members = audience.Of(roster);
        return (reachable.Recipients(members.Select(m => m.Code)),
            members.Where(m => !reachable.ContainsKey(m.Code)).Select(m => m.Code).ToList());
    }

    /// <summary>Everyone who received the notice, with the id of their copy, for updating or deleting it.</summary>
    public async Task<List<OutboxRecipient>> DeliveredAsync(BroadcastEntity b, CancellationToken ct) =>
        await conversations.DeliveredCopiesAsync(await outbox.DeliveriesAsync(b.SendJobId, ct), ct);
}
