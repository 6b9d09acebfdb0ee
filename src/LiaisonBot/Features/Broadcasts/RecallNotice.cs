using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>Recalling a notice that went out: asked once more, then deleted from every chat it reached.</summary>
public sealed class RecallNotice(BroadcastStore store, Outbox.Outbox outbox, NoticeRecipients recipients, NoticeStatus status)
{
    public Task<AdaptiveCard> AskAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedOutAsync(turn, ct).OrAsync(() => BroadcastNotice.NotFound(caller.Texts), b => Confirmation(caller.Texts, b));

    /// <summary>Deletes the message from every chat it reached, and marks the notice recalled.</summary>
    public Task<AdaptiveCard> ConfirmAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => BroadcastNotice.NotFound(caller.Texts), b => RecallAsync(caller, b, ct));

    private async Task<AdaptiveCard> RecallAsync(Caller caller, BroadcastEntity b, CancellationToken ct)
    {
        if (b.IsOut)
        {
            await outbox.CancelAsync(b.SendJobId, ct); // whatever has not gone out yet never will
            await outbox.EnqueueAsync(new OutboxJob($"{b.SendJobId}x", DeliveryKind.Delete, new Dictionary<string, Activity>(),
                await recipients.DeliveredAsync(b, ct)), ct);
            b = await store.ChangeAsync(b.Id, x => x.Recall(), ct) ?? b;
        }

        return await status.CardAsync(caller.Texts, b, ct);
    }

    public static AdaptiveCard Confirmation(Texts t, BroadcastEntity b) =>
        new(Parts.Title(t["Broadcast.Recall.Title"]), new TextBlock(b.Title) { Weight = TextWeight.Bolder })
        {
            Actions =
            [
                new ExecuteAction(t["Broadcast.Recall.Confirm"], BroadcastVerbs.RecallConfirm) { Data = NamedNotice.Data(b) },
                new ExecuteAction(t["Report.Cancel"], BroadcastVerbs.Status) { Data = NamedNotice.Data(b) },
            ],
        };
}
