using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol.Connector;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>
/// The outbox's hook for notices going out: as recipients settle, starts a scheduled notice and keeps the secretariat's
/// status card current in place (a PUT of that one message); once all have settled, marks the notice sent and shows the
/// final counts. Runs on whichever instance did the sending, possibly twice: each state change applies once, and the
/// card is always put as the notice stands now.
/// </summary>
public sealed class BroadcastStatusUpdater(
    BroadcastStore store,
    NoticeStatus status,
    ConnectorClient connector,
    ILogger<BroadcastStatusUpdater> log) : IOutboxHook
{
    /// <summary>The hook kind of a notice's send job.</summary>
    public const string Hook = "broadcast";

    public async Task RecipientsSettledAsync(string jobId, CancellationToken ct)
    {
        if (BroadcastEntity.OfSendJob(jobId) is not { } id || await store.FindAsync(id, ct) is not { } b)
        {
            return;
        }

        if (b.Status == BroadcastState.Scheduled)
        {
            b = await store.ChangeAsync(id, x => x.Start(), ct) ?? b;
        }

        await ShowAsync(b, ct);
    }

    public async Task<bool> JobSettledAsync(string jobId, CancellationToken ct)
    {
        if (BroadcastEntity.OfSendJob(jobId) is not { } id || await store.FindAsync(id, ct) is not { } found)
        {
            return true;
        }

        if (found.Status == BroadcastState.Draft)
        {
            return false; // Send queues the job before it saves the notice: ask again once it has
        }

        await ShowAsync(await store.ChangeAsync(id, x => x.MarkSent(), ct) ?? found, ct);
        return true;
    }

    /// <summary>
    /// Puts the current counts on the status card of a notice that is out. A card saying "sending" can land after the final
    /// one (put meanwhile by the job's end, maybe on another instance): then the final one is put again.
    /// </summary>
    private async Task ShowAsync(BroadcastEntity b, CancellationToken ct)
    {
        while (b is { IsOut: true, StatusServiceUrl: { } url, StatusConversationId: { } conversation, StatusActivityId: { } activity })
        {
            var card = await status.CardAsync(Texts.For(b.StatusLocale), b, ct);
            try
            {
                await connector.UpdateAsync(url, conversation, activity, CardAttachment.Message(card), ct);
            }
            catch (ConnectorException e)
            {
                // The card is a courtesy (Refresh on it shows the same): a card Teams will not update must not hold up the notice.
                log.LogWarning("The status card of notice {Id} could not be updated: {Status} {Code}.", b.Id, e.StatusCode, e.ErrorCode);
                return;
            }

            if (b.Status == BroadcastState.Sent || await store.FindAsync(b.Id, ct) is not { Status: BroadcastState.Sent } sent)
            {
                return;
            }

            b = sent;
        }
    }
}
