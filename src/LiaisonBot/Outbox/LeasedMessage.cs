using Azure;
using Azure.Storage.Queues.Models;

namespace LiaisonBot.Outbox;

/// <summary>
/// A received queue message that this instance is working on: hidden from other instances, its visibility renewed while
/// the work lasts, then deleted (done) or hidden again (look later). The pop receipt changes on every update, so all
/// calls go through one gate.
/// </summary>
internal sealed class LeasedMessage(OutboxQueue queue, QueueMessage message, TimeSpan visibility, ILogger logger)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string popReceipt = message.PopReceipt;
    private bool released;

    public long DequeueCount => message.DequeueCount;

    /// <summary>Keeps the message hidden until <paramref name="ct"/> is cancelled.</summary>
    public async Task KeepAsync(CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(visibility / 3, ct);
                await UpdateAsync(visibility, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    public Task DeleteAsync(CancellationToken ct) => ReleaseAsync(() => queue.DeleteAsync(message.MessageId, popReceipt, ct));

    /// <summary>Makes the message visible again after <paramref name="delay"/> (zero: at once, for another instance).</summary>
    public Task HideAsync(TimeSpan delay, CancellationToken ct) => ReleaseAsync(async () =>
        popReceipt = await queue.HideAsync(message.MessageId, popReceipt, Clamp(delay), ct));

    private async Task UpdateAsync(TimeSpan delay, CancellationToken ct)
    {
        await this.gate.WaitAsync(ct);
        try
        {
            if (!released)
            {
                popReceipt = await queue.HideAsync(message.MessageId, popReceipt, delay, ct);
            }
        }
        catch (RequestFailedException e) when (e.Status is 404 or 400)
        {
            // Our lease lapsed and someone else holds the message now; the delivery rows' ETags keep the work safe.
            logger.LogWarning("Outbox work item {MessageId} could not be renewed ({Status}).", message.MessageId, e.Status);
        }
        finally
        {
            this.gate.Release();
        }
    }

    private async Task ReleaseAsync(Func<Task> release)
    {
        await this.gate.WaitAsync(CancellationToken.None);
        try
        {
            if (released)
            {
                return;
            }

            released = true;
            await release();
        }
        catch (RequestFailedException e) when (e.Status is 404 or 400)
        {
            logger.LogInformation("Outbox work item {MessageId} was already gone ({Status}).", message.MessageId, e.Status);
        }
        finally
        {
            this.gate.Release();
        }
    }

    private static TimeSpan Clamp(TimeSpan delay) =>
        delay < TimeSpan.Zero ? TimeSpan.Zero : delay > TimeSpan.FromDays(6) ? TimeSpan.FromDays(6) : delay;
}
