using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>One delivery attempt: a permit from the limits, the call, and what its outcome does to the lane.</summary>
internal sealed partial class OutboxDispatcher
{
    private async Task AttemptAsync(DeliveryWork work, CancellationToken stop, CancellationToken abort)
    {
        AttemptEnd end;
        try
        {
            end = await sender.AttemptAsync(work, stop, abort);
        }
        catch (Exception e)
        {
            if (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox attempt for {JobId}/{Key} failed; its work item will look again.", work.Job.Id, work.Row.Key);
            }

            end = AttemptEnd.Lost;
        }
        finally
        {
            slots.Release();
        }

        var release = false;
        lock (gate)
        {
            var lane = this.lanes[work.Row.ConversationId];
            lane.Place = Place.None;
            if (end.Finished)
            {
                work.Done.TrySetResult(end.End);
            }
            else if (this.stopped)
            {
                release = true;
            }
            else
            {
                work.DueAt = Stopwatch.GetTimestamp() + Ticks(end.RetryIn);
                lane.Items.AddFirst(work);
            }

            if (lane.Items.Count == 0)
            {
                this.lanes.Remove(lane.Key);
            }
            else if (!this.stopped)
            {
                MakeReady(lane);
            }

            Signal();
        }

        if (release)
        {
            await sender.ReleaseAsync(work, abort);
            work.Done.TrySetResult(WorkEnd.Abandoned);
        }

        if (Interlocked.Decrement(ref inFlight) == 0)
        {
            Volatile.Read(ref drained)?.TrySetResult();
        }
    }
}
