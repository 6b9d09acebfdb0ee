using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>
/// Decides which delivery goes next, in one loop per instance. Deliveries wait in lanes, one per conversation: a lane has
/// one attempt at a time (Teams answers 412 to concurrent operations in one conversation) and is taken only when its
/// conversation's windows have room; lanes take turns. The loop waits for a free slot (MaxConcurrency) and the end of any
/// 429 pause, then starts the attempt (<see cref="OutboxSender"/>) without waiting for it.
/// </summary>
/// <remarks>
/// Room in a conversation found here is still there when the attempt takes its permit: nothing else takes permits for a
/// conversation whose lane is busy, and windows only refill.
/// </remarks>
internal sealed class OutboxDispatcher(OutboxSender sender, OutboxLimits limits, PauseGate pause, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
{
    /// <summary>How soon a lane whose conversation is at its limit is looked at again (the windows move in ~100 ms steps).</summary>
    public static readonly TimeSpan ConversationRecheck = TimeSpan.FromMilliseconds(50);

    readonly Lock _gate = new();
    readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    readonly Queue<Lane> _ready = new();
    readonly PriorityQueue<Lane, long> _waiting = new();
    readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrency, options.Value.MaxConcurrency);
    TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    int _inFlight;
    bool _stopped;
    TaskCompletionSource? _drained;

    /// <summary>
    /// Conversations with deliveries that are not held back by their rate-limit windows: how many calls could go out in
    /// parallel. A chat that is at its limit does not count, so one busy group chat cannot starve the outbox of work.
    /// </summary>
    public int ActiveLanes
    {
        get
        {
            lock (_gate)
                return _lanes.Values.Count(l => !l.AtLimit && (l.Items.Count > 0 || l.Place == Place.Busy));
        }
    }

    public void Submit(IReadOnlyList<DeliveryWork> work)
    {
        lock (_gate)
        {
            if (_stopped)
            {
                foreach (var w in work)
                    w.Done.TrySetResult(WorkEnd.Abandoned);
                return;
            }

            foreach (var w in work)
            {
                if (!_lanes.TryGetValue(w.Row.ConversationId, out var lane))
                    _lanes[w.Row.ConversationId] = lane = new Lane(w.Row.ConversationId);
                lane.Items.AddLast(w);
                if (lane.Place == Place.None)
                    MakeReady(lane);
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
                await _slots.WaitAsync(stop);
                DeliveryWork work;
                try
                {
                    work = await NextAsync(stopped, stop);
                }
                catch
                {
                    _slots.Release();
                    throw;
                }

                Interlocked.Increment(ref _inFlight);
                _ = AttemptAsync(work, stop, abort);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        await StopAsync(abort);
    }

    async Task<DeliveryWork> NextAsync(Task stopped, CancellationToken stop)
    {
        while (true)
        {
            await pause.WaitAsync(stop);
            Task changed;
            TimeSpan? wait = null;
            lock (_gate)
            {
                var now = Stopwatch.GetTimestamp();
                while (_waiting.TryPeek(out _, out var at) && at <= now)
                    MakeReady(_waiting.Dequeue());

                for (var n = _ready.Count; n > 0; n--)
                {
                    var lane = _ready.Dequeue();
                    lane.Place = Place.None;
                    if (lane.Items.First?.Value is not { } head)
                    {
                        _lanes.Remove(lane.Key);
                        continue;
                    }

                    lane.AtLimit = false;
                    if (head.DueAt > now)
                        MakeWaiting(lane, head.DueAt);
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

                if (_waiting.TryPeek(out _, out var next))
                    wait = Stopwatch.GetElapsedTime(now, next);
                changed = _changed.Task;
            }

            await (wait is { } w ? Task.WhenAny(changed, stopped, Task.Delay(w < TimeSpan.Zero ? TimeSpan.Zero : w)) : Task.WhenAny(changed, stopped));
            stop.ThrowIfCancellationRequested();
        }
    }

    async Task AttemptAsync(DeliveryWork work, CancellationToken stop, CancellationToken abort)
    {
        AttemptEnd end;
        try
        {
            end = await sender.AttemptAsync(work, stop, abort);
        }
        catch (Exception e)
        {
            if (e is not OperationCanceledException)
                logger.LogError(e, "Outbox attempt for {JobId}/{Key} failed; its work item will look again.", work.Job.Id, work.Row.Key);
            end = AttemptEnd.Lost;
        }
        finally
        {
            _slots.Release();
        }

        var release = false;
        lock (_gate)
        {
            var lane = _lanes[work.Row.ConversationId];
            lane.Place = Place.None;
            if (end.Finished)
            {
                work.Done.TrySetResult(end.End);
            }
            else if (_stopped)
            {
                release = true;
            }
            else
            {
                work.DueAt = Stopwatch.GetTimestamp() + Ticks(end.RetryIn);
                lane.Items.AddFirst(work);
            }

            if (lane.Items.Count == 0)
                _lanes.Remove(lane.Key);
            else if (!_stopped)
                MakeReady(lane);
            Signal();
        }

        if (release)
        {
            await sender.ReleaseAsync(work, abort);
            work.Done.TrySetResult(WorkEnd.Abandoned);
        }

        if (Interlocked.Decrement(ref _inFlight) == 0)
            Volatile.Read(ref _drained)?.TrySetResult();
    }

    async Task StopAsync(CancellationToken abort)
    {
        List<DeliveryWork> waiting;
        lock (_gate)
        {
            _stopped = true;
            waiting = [.. _lanes.Values.SelectMany(l => l.Items)];
            foreach (var lane in _lanes.Values)
                lane.Items.Clear();
            _ready.Clear();
            _waiting.Clear();
            Volatile.Write(ref _drained, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        foreach (var work in waiting)
        {
            await sender.ReleaseAsync(work, abort);
            work.Done.TrySetResult(WorkEnd.Abandoned);
        }

        if (Volatile.Read(ref _inFlight) > 0)
        {
            logger.LogInformation("Outbox stopping: waiting for {Count} connector calls in flight.", Volatile.Read(ref _inFlight));
            try
            {
                await _drained!.Task.WaitAsync(abort);
            }
            catch (OperationCanceledException)
            {
                // Out of time: the calls are being cancelled; their rows stay claimed until ClaimTimeout.
            }
        }
    }

    void MakeReady(Lane lane)
    {
        lane.Place = Place.Ready;
        _ready.Enqueue(lane);
    }

    void MakeWaiting(Lane lane, long at)
    {
        lane.Place = Place.Waiting;
        _waiting.Enqueue(lane, at);
    }

    void Signal()
    {
        var changed = _changed;
        _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    enum Place
    {
        None,
        Ready,
        Waiting,
        Busy,
    }

    sealed class Lane(string key)
    {
        public string Key { get; } = key;
        public LinkedList<DeliveryWork> Items { get; } = new();
        public Place Place { get; set; }

        /// <summary>Last looked at, the conversation had no room in its windows.</summary>
        public bool AtLimit { get; set; }
    }
}
