using System.Diagnostics;
using System.Threading.RateLimiting;
using LiaisonBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>
/// Our side of the Teams rate limits (bot-protocol.md §6): every connector call takes a permit from the app pacer and
/// then from the per-conversation windows, immediately before it goes out, and nothing is sent while a 429 pause runs
/// (<see cref="PauseGate"/>). Permits are taken at the last moment so the windows count calls when Teams sees them. The
/// windows are the protocol's <see cref="ConversationLimits"/>, which direct replies wait on too.
/// </summary>
internal sealed class OutboxLimits(IOptions<OutboxOptions> options, ConversationLimits conversations) : IDisposable
{
    // Even pacing, no bursts: one token at a time, AppRatePerSecond of them a second.
    public RateLimiter App { get; } = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 1,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / options.Value.AppRatePerSecond),
        QueueLimit = options.Value.MaxConcurrency,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    /// <summary>Whether every window of <paramref name="conversationId"/> has a permit now (windows only ever refill meanwhile).</summary>
    public bool ConversationHasRoom(string conversationId) => conversations.HasRoom(conversationId);

    /// <summary>Takes a permit for one call into <paramref name="conversationId"/> if every window has one.</summary>
    public bool TryConversation(string conversationId) => conversations.TryAcquire(conversationId);

    /// <summary>Waits for the app pacer (first come, first served).</summary>
    public async Task AppPermitAsync(CancellationToken ct)
    {
        while (true)
        {
            using var permit = await App.AcquireAsync(1, ct);
            if (permit.IsAcquired)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), ct); // queue full: cannot happen with MaxConcurrency waiters at most
        }
    }

    public void Dispose() => App.Dispose();
}

/// <summary>
/// The whole-outbox pause after a 429: no call starts until the Retry-After has passed. On the real (monotonic) clock,
/// because Teams measures its windows in real time.
/// </summary>
internal sealed class PauseGate
{
    private long until;

    public bool IsPaused => Stopwatch.GetTimestamp() < Volatile.Read(ref this.until);

    public TimeSpan Remaining => Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), Volatile.Read(ref this.until)) is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;

    /// <summary>Pauses for <paramref name="length"/> from now, unless a longer pause already runs.</summary>
    public void PauseFor(TimeSpan length)
    {
        var until = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var current = Volatile.Read(ref this.until);
        while (until > current && Interlocked.CompareExchange(ref this.until, until, current) is var seen && seen != current)
        {
            current = seen;
        }
    }

    public async Task WaitAsync(CancellationToken ct)
    {
        while (Remaining is var left && left > TimeSpan.Zero)
        {
            await Task.Delay(left, ct);
        }
    }
}
