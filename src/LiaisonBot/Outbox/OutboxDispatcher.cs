using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>
/// Decides which delivery goes next, in one loop per instance. Deliveries wait in lanes, one per conversation: a lane has
/// one attempt at a time (Teams answers 412 to concurrent operations in one conversation) and is taken only when its
/// conversation's windows have room and no 429 holds it; lanes take turns. The loop waits for a free slot
/// (MaxConcurrency) and the end of any app-wide 429 pause, then starts the attempt (<see cref="OutboxSender"/>) without
/// waiting for it.
/// </summary>
/// <remarks>
/// Room in a conversation found here is still there when the attempt takes its permit: nothing else takes permits for a
/// conversation whose lane is busy, and windows only refill.
/// </remarks>
internal sealed partial class OutboxDispatcher(OutboxSender sender, OutboxLimits limits, PauseGate pause, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
{
    /// <summary>How soon a lane whose conversation is at its limit is looked at again (the windows move in ~100 ms steps).</summary>
    public static readonly TimeSpan ConversationRecheck = TimeSpan.FromMilliseconds(50);

    private readonly Lock gate = new();
    private readonly Dictionary<string, Lane> lanes = new(StringComparer.Ordinal);
    private readonly Queue<Lane> ready = new();
    private readonly PriorityQueue<Lane, long> waiting = new();
    private readonly SemaphoreSlim slots = new(options.Value.MaxConcurrency, options.Value.MaxConcurrency);
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int inFlight;
    private bool stopped;
    private TaskCompletionSource? drained;

    /// <summary>
    /// Conversations with deliveries that are not held back by their rate-limit windows or a 429: how many calls could go
    /// out in parallel. A chat that is at its limit does not count, so one busy group chat cannot starve the outbox of work.
    /// </summary>
    public int ActiveLanes
    {
        get
        {
            lock (gate)
            {
                return this.lanes.Values.Count(l => !l.AtLimit && (l.Items.Count > 0 || l.Place == Place.Busy));
            }
        }
    }

    public void Submit(IReadOnlyList<DeliveryWork> work)
    {
        lock (gate)
        {
            if (this.stopped)
            {
                foreach (var w in work)
                {
                    w.Done.TrySetResult(WorkEnd.Abandoned);
                }

                return;
            }

            foreach (var w in work)
            {
                if (!this.lanes.TryGetValue(w.Row.ConversationId, out var lane))
                {
                    this.lanes[w.Row.ConversationId] = lane = new Lane(w.Row.ConversationId);
                }

                lane.Items.AddLast(w);
                if (lane.Place == Place.None)
                {
                    MakeReady(lane);
                }
            }

            Signal();
        }
    }

    /// <summary>
    /// Dispatches until <paramref name="stop"/>; then abandons what waits (releasing rows it holds) and lets calls in
    /// flight finish, unless <paramref name="abort"/> cuts them off.
    /// </summary>
    public async Task RunAsync(CancellationToken stop, CancellationToken abort)
    {
        var stopped = Task.Delay(Timeout.Infinite, stop);
        try
        {
            while (true)
            {
                await slots.WaitAsync(stop);
                DeliveryWork work;
                try
                {
                    work = await NextAsync(stopped, stop);
                }
                catch
                {
                    slots.Release();
                    throw;
                }

                Interlocked.Increment(ref inFlight);
                _ = AttemptAsync(work, stop, abort);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        await StopAsync(abort);
    }

    private async Task<DeliveryWork> NextAsync(Task stopped, CancellationToken stop)
    {
        while (true)
        {
            await pause.WaitAsync(stop);
            Task changed;
            TimeSpan? wait = null;
            lock (gate)
            {
                var now = Stopwatch.GetTimestamp();
                while (this.waiting.TryPeek(out _, out var at) && at <= now)
                {
                    MakeReady(this.waiting.Dequeue());
                }

                for (var n = ready.Count; n > 0; n--)
                {
                    var lane = ready.Dequeue();
                    lane.Place = Place.None;
                    if (lane.Items.First?.Value is not { } head)
                    {
                        this.lanes.Remove(lane.Key);
                        continue;
                    }

                    lane.AtLimit = false;
                    if (head.DueAt > now)
                    {
                        MakeWaiting(lane, head.DueAt);
                    }
                    else if (limits.HeldUntil(lane.Key) is { } held)
                    {
                        lane.AtLimit = true;
                        MakeWaiting(lane, held);
                    }
                    else if (!limits.ConversationHasRoom(lane.Key))
                    {
                        lane.AtLimit = true;
                        MakeWaiting(lane, now + Ticks(ConversationRecheck));
                    }
                    else
                    {
                        lane.Items.RemoveFirst();
                        lane.Place = Place.Busy;
                        return head;
                    }
                }

                if (this.waiting.TryPeek(out _, out var next))
                {
                    wait = Stopwatch.GetElapsedTime(now, next);
                }

                changed = this.changed.Task;
            }

            await (wait is { } w ? Task.WhenAny(changed, stopped, Task.Delay(w < TimeSpan.Zero ? TimeSpan.Zero : w)) : Task.WhenAny(changed, stopped));
            stop.ThrowIfCancellationRequested();
        }
    }

    private async Task StopAsync(CancellationToken abort)
    {
        List<DeliveryWork> waiting;
        lock (gate)
        {
            this.stopped = true;
            waiting = [.. this.lanes.Values.SelectMany(l => l.Items)];
            foreach (var lane in this.lanes.Values)
            {
                lane.Items.Clear();
            }

            ready.Clear();
            this.waiting.Clear();
            Volatile.Write(ref drained, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        foreach (var work in waiting)
        {
            await sender.ReleaseAsync(work, abort);
            work.Done.TrySetResult(WorkEnd.Abandoned);
        }

        if (Volatile.Read(ref inFlight) > 0)
        {
            logger.LogInformation("Outbox stopping: waiting for {Count} connector calls in flight.", Volatile.Read(ref inFlight));
            try
            {
                await drained!.Task.WaitAsync(abort);
            }
            catch (OperationCanceledException)
            {
                // Out of time: the calls are being cancelled; their rows stay claimed until ClaimTimeout.
            }
        }
    }
}
