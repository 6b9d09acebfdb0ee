using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>
/// Sends a previewed draft, now or at its time, through the outbox (never straight to the connector), and answers with
/// the status card, which the status updater then keeps current in place.
/// </summary>
public sealed class SendNotice(BroadcastStore store, Outbox.Outbox outbox, NoticeRecipients recipients, NoticeStatus status, WorkCalendar calendar)
{
    public Task<AdaptiveCard> SendAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => BroadcastNotice.NotFound(caller.Texts), b => SendAsync(turn, caller, b, ct));

    private async Task<AdaptiveCard> SendAsync(Turn turn, Caller caller, BroadcastEntity b, CancellationToken ct)
    {
        if (b.Send(calendar.Now))
        {
            var (reachable, notInstalled) = await recipients.OfAsync(b.Audience, caller.Roster, ct);
            // Enqueue first: if we stop before the state is saved, pressing Send again re-enqueues the same job id, a no-op
            // (and the status updater, told of the job meanwhile, waits for the saved state).
            await outbox.EnqueueAsync(new OutboxJob(b.SendJobId, DeliveryKind.Send, NoticeCard.PerLanguage(b, calendar, reminder: false), reachable,
                b.SendAt, BroadcastStatusUpdater.Hook), ct);
            b.NotInstalled = notInstalled.Count > 0 ? string.Join(';', notInstalled) : null;
            KeepStatusCardOf(turn, b);
            if (!await store.TrySaveAsync(b, ct))
            {
                b = await store.FindAsync(b.Id, ct) ?? b; // a double press: the first one saved it
            }
        }

        return await status.CardAsync(caller.Texts, b, ct);
    }

    /// <summary>Remembers the secretariat's card that pressed Send, so the status updater can refresh it in place.</summary>
    private static void KeepStatusCardOf(Turn turn, BroadcastEntity b)
    {
        if (turn.PressedCard is { } card)
        {
            (b.StatusServiceUrl, b.StatusConversationId, b.StatusActivityId, b.StatusLocale) = card;
        }
    }
}
