using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>Sends the notice again, marked as a reminder, to everyone who has it but has not confirmed.</summary>
public sealed class RemindUnread(BroadcastStore store, Outbox.Outbox outbox, ConversationStore conversations, WorkCalendar calendar)
{
    public Task<AdaptiveCard> RemindAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedOutAsync(turn, ct).OrAsync(() => BroadcastNotice.NotFound(caller.Texts), b => RemindAsync(caller, b, ct));

    private async Task<AdaptiveCard> RemindAsync(Caller caller, BroadcastEntity b, CancellationToken ct)
    {
        var acks = await store.AcksAsync(b.Id, ct);
        var deliveries = await outbox.DeliveriesAsync(b.SendJobId, ct);
        var targets = (await conversations.ReachableAsync(ct)).Recipients(
            deliveries.Where(d => d.State == DeliveryState.Delivered && !acks.ContainsKey(d.Key)).Select(d => d.Key));
        if (targets.Count > 0 && await store.ChangeAsync(b.Id, x => { x.Reminders++; return true; }, ct) is { } reminded)
        {
            await outbox.EnqueueAsync(new OutboxJob($"{b.SendJobId}r{reminded.Reminders}", DeliveryKind.Send,
                NoticeCard.PerLanguage(reminded, calendar, reminder: true), targets), ct);
        }

        return BroadcastNotice.Saying(caller.Texts, caller.Texts.Plural("Broadcast.Reminded", targets.Count));
    }
}
