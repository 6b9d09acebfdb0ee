namespace LiaisonBot.Features.Broadcasts;

/// <summary>Counts where a notice stands, from the outbox's deliveries and the acknowledgements.</summary>
public sealed class NoticeProgress(BroadcastStore store, Outbox.Outbox outbox)
{
    public async Task<BroadcastProgress> OfAsync(BroadcastEntity b, CancellationToken ct)
    {
        var notInstalled = b.NotInstalledCodes.Count;
        if (b.Status is BroadcastState.Draft)
        {
            return new BroadcastProgress(0, 0, 0, 0, 0, 0);
        }

        var p = await outbox.ProgressAsync(b.SendJobId, ct);
        var acks = b.AskAck ? (await store.AcksAsync(b.Id, ct)).Count : 0;
        return new BroadcastProgress(p.Total + notInstalled, p.Queued, p.Delivered, p.NotReachable + notInstalled, p.Failed, acks);
    }
}
