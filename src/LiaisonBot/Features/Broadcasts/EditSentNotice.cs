using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>Applies a previewed edit to a sent notice and updates the card in every chat it reached.</summary>
public sealed class EditSentNotice(BroadcastStore store, Outbox.Outbox outbox, NoticeRecipients recipients, NoticeStatus status, WorkCalendar calendar)
{
    public async Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await store.NamedOutAsync(turn, ct) is not { } b ||
            await store.FindAsync(PendingEdit.For(b).RowKey, ct) is not { } pending)
        {
            return BroadcastNotice.NotFound(caller.Texts);
        }

        var now = calendar.Now;
        var edited = await store.ChangeAsync(b.Id, x =>
        {
            PendingEdit.ApplyTo(x, pending).Edits++;
            x.EditedAt = now;
            return true;
        }, ct);
        if (edited is not null)
        {
            await outbox.EnqueueAsync(new OutboxJob($"{b.SendJobId}e{edited.Edits}", DeliveryKind.Update,
                NoticeCard.PerLanguage(edited, calendar, reminder: false), await recipients.DeliveredAsync(edited, ct)), ct);
        }

        return await status.CardAsync(caller.Texts, edited ?? b, ct);
    }
}
