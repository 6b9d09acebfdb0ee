using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>Cancelling a scheduled notice before it starts; one that has started can only be recalled.</summary>
public sealed class CancelScheduled(BroadcastStore store, Outbox.Outbox outbox, NoticeStatus status)
{
    public Task<AdaptiveCard> CancelAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => BroadcastNotice.NotFound(caller.Texts), b => CancelAsync(caller, b, ct));

    private async Task<AdaptiveCard> CancelAsync(Caller caller, BroadcastEntity b, CancellationToken ct)
    {
        if (b.Status is BroadcastState.Scheduled)
        {
            await outbox.CancelAsync(b.SendJobId, ct);
            b = await store.ChangeAsync(b.Id, x => x.Cancel(), ct) ?? b;
        }

        return await status.CardAsync(caller.Texts, b, ct);
    }
}
