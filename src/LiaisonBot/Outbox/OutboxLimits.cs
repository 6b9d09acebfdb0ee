using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>
/// Our side of the Teams rate limits (bot-protocol.md §6): every connector call takes a permit from the app pacer and
/// then from the per-conversation windows, immediately before it goes out, and nothing is sent while a 429 pause runs
/// (<see cref="PauseGate"/>). Permits are taken at the last moment so the windows count calls when Teams sees them.
/// </summary>
internal sealed class OutboxLimits : IDisposable
{
    /// <summary>Per bot, per conversation (thread): 7 per 1 s, 8 per 2 s, 60 per 30 s, 1,800 per hour.</summary>
    public static readonly IReadOnlyList<(int Permits, TimeSpan Window)> TeamsPerConversation =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    // The partitioned limiter advances sliding windows from a shared 100 ms timer; a segment shorter than that advances on
    // every tick, so windows stay close to their nominal length.
    static readonly TimeSpan TargetSegment = TimeSpan.FromMilliseconds(90);
    const int MaxSegments = 64;

    readonly PartitionedRateLimiter<string>[] _windows;

    public OutboxLimits(IOptions<OutboxOptions> options)
    {
        var o = options.Value;
        // Even pacing, no bursts: one token at a time, AppRatePerSecond of them a second.
        App = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / o.AppRatePerSecond),
            QueueLimit = o.MaxConcurrency,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        _windows = [.. TeamsPerConversation.Select(w => Window(w.Permits, w.Window + o.ConversationWindowSlack))];
        Conversation = PartitionedRateLimiter.CreateChained(_windows);
    }

    public RateLimiter App { get; }

    /// <summary>The four windows chained, keyed by conversation id.</summary>
    public PartitionedRateLimiter<string> Conversation { get; }

    /// <summary>Whether every window of <paramref name="conversationId"/> has a permit now (windows only ever refill meanwhile).</summary>
    public bool ConversationHasRoom(string conversationId) =>
        Conversation.GetStatistics(conversationId) is not { CurrentAvailablePermits: < 1 };

    /// <summary>
    /// Takes a permit for one call into <paramref name="conversationId"/> if every window has one. Checks first: a chained
    /// acquire that fails in a later window still spends the earlier windows' permits.
    /// </summary>
    public bool TryConversation(string conversationId)
    {
        if (!ConversationHasRoom(conversationId))
            return false;
        using var lease = Conversation.AttemptAcquire(conversationId);
        return lease.IsAcquired;
    }

    /// <summary>Waits for the app pacer (first come, first served).</summary>
    public async Task AppPermitAsync(CancellationToken ct)
    {
        while (true)
        {
            using var permit = await App.AcquireAsync(1, ct);
            if (permit.IsAcquired)
                return;
            await Task.Delay(TimeSpan.FromMilliseconds(10), ct); // queue full: cannot happen with MaxConcurrency waiters at most
        }
    }

    /// <summary>
    /// A sliding window that never lets two calls <paramref name="atLeast"/> apart share a window: a permit taken in one
    /// segment comes back after the following S−1 segments, each at least Window/S long, so (S−1)·Window/S must cover it.
    /// </summary>
    static PartitionedRateLimiter<string> Window(int permits, TimeSpan atLeast)
    {
        var segments = Math.Clamp((int)Math.Ceiling(atLeast / TargetSegment) + 1, 2, MaxSegments);
        var window = atLeast * segments / (segments - 1);
        return PartitionedRateLimiter.Create<string, string>(conversation => RateLimitPartition.GetSlidingWindowLimiter(conversation, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                SegmentsPerWindow = segments,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public void Dispose()
    {
        App.Dispose();
        Conversation.Dispose();
        foreach (var window in _windows)
            window.Dispose();
    }
}

/// <summary>
/// The whole-outbox pause after a 429: no call starts until the Retry-After has passed. On the real (monotonic) clock,
/// because Teams measures its windows in real time.
/// </summary>
internal sealed class PauseGate
{
    long _until;

    public bool IsPaused => Stopwatch.GetTimestamp() < Volatile.Read(ref _until);

    public TimeSpan Remaining => Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), Volatile.Read(ref _until)) is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;

    /// <summary>Pauses for <paramref name="length"/> from now, unless a longer pause already runs.</summary>
    public void PauseFor(TimeSpan length)
    {
        var until = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var current = Volatile.Read(ref _until);
        while (until > current && Interlocked.CompareExchange(ref _until, until, current) is var seen && seen != current)
            current = seen;
    }

    public async Task WaitAsync(CancellationToken ct)
    {
        while (Remaining is var left && left > TimeSpan.Zero)
            await Task.Delay(left, ct);
    }
}
