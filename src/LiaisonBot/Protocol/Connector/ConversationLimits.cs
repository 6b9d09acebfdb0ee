using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Protocol.Connector;

/// <summary>
/// Our side of the Teams per-conversation limits (bot-protocol.md §6), shared by every sender in this instance: direct
/// replies wait here for a permit, and the outbox takes its permits from the same windows, so a reply and a broadcast
/// into the same chat are counted together, as Teams counts them.
/// </summary>
public sealed class ConversationLimits : IDisposable
{
    /// <summary>Per bot, per conversation (thread): 7 per 1 s, 8 per 2 s, 60 per 30 s, 1,800 per hour.</summary>
    public static readonly IReadOnlyList<(int Permits, TimeSpan Window)> Teams =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    // The partitioned limiter advances sliding windows from a shared 100 ms timer; a segment shorter than that advances on
    // every tick, so windows stay close to their nominal length.
    private static readonly TimeSpan TargetSegment = TimeSpan.FromMilliseconds(90);
    private const int MaxSegments = 64;

    // How often a waiting reply looks again: well under the shortest window, and windows refill one segment at a time.
    private static readonly TimeSpan Recheck = TimeSpan.FromMilliseconds(50);

    private readonly PartitionedRateLimiter<string>[] windows;
    private readonly PartitionedRateLimiter<string> chained;

    public ConversationLimits(IOptions<ConnectorOptions> options)
    {
        windows = [.. Teams.Select(w => Window(w.Permits, w.Window + options.Value.ConversationWindowSlack))];
        chained = PartitionedRateLimiter.CreateChained(windows);
    }

    /// <summary>Whether every window of <paramref name="conversationId"/> has a permit now (windows only ever refill meanwhile).</summary>
    public bool HasRoom(string conversationId) =>
        chained.GetStatistics(conversationId) is not { CurrentAvailablePermits: < 1 };

    /// <summary>
    /// Takes a permit for one call into <paramref name="conversationId"/> if every window has one. Checks first: a chained
    /// acquire that fails in a later window still spends the earlier windows' permits.
    /// </summary>
    public bool TryAcquire(string conversationId)
    {
        if (!HasRoom(conversationId))
        {
            return false;
        }

        using var lease = chained.AttemptAcquire(conversationId);
        return lease.IsAcquired;
    }

    /// <summary>Waits until a call into <paramref name="conversationId"/> fits every window, and takes its permit.</summary>
    public async Task AcquireAsync(string conversationId, CancellationToken ct)
    {
        while (!TryAcquire(conversationId))
        {
            await Task.Delay(Recheck, ct);
        }
    }

    /// <summary>
    /// A sliding window that never lets two calls <paramref name="atLeast"/> apart share a window: a permit taken in one
    /// segment comes back after the following S−1 segments, each at least Window/S long, so (S−1)·Window/S must cover it.
    /// </summary>
    private static PartitionedRateLimiter<string> Window(int permits, TimeSpan atLeast)
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
        chained.Dispose();
        foreach (var window in windows)
        {
            window.Dispose();
        }
    }
}
