using System.Collections.Concurrent;
using System.Diagnostics;
using LiaisonBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>
/// Our side of the Teams rate limits (bot-protocol.md §6): every connector call takes a permit from the app pacer and
/// then from the per-conversation windows, immediately before it goes out; a conversation Teams answered 429 is held until
/// its Retry-After, and nothing at all is sent while an app-wide 429 pause runs (<see cref="PauseGate"/>). Permits are
/// taken at the last moment so the windows count calls when Teams sees them. The windows are the protocol's
/// <see cref="ConversationLimits"/>, which direct replies wait on too.
/// </summary>
internal sealed class OutboxLimits(IOptions<OutboxOptions> options, ConversationLimits conversations, PauseGate pause)
{
    // Holds of conversations long since released are dropped once there are this many.
    private const int HoldsKept = 1024;

    private readonly AppPacer app = new(options.Value);
    private readonly ThrottleSpread spread = new(options.Value);
    private readonly ConcurrentDictionary<string, long> holds = new(StringComparer.Ordinal);

    /// <summary>The app pacer's calls per second now (lower than configured for a while after 429s spread).</summary>
    public double AppRate => app.Rate;

    /// <summary>Whether every window of <paramref name="conversationId"/> has a permit now (windows only ever refill meanwhile).</summary>
    public bool ConversationHasRoom(string conversationId) => conversations.HasRoom(conversationId);

    /// <summary>Takes a permit for one call into <paramref name="conversationId"/> if every window has one.</summary>
    public bool TryConversation(string conversationId) => conversations.TryAcquire(conversationId);

    /// <summary>Until when (a <see cref="Stopwatch"/> timestamp) a 429 holds <paramref name="conversationId"/>; null if it does not.</summary>
    public long? HeldUntil(string conversationId)
    {
        if (!holds.TryGetValue(conversationId, out var until))
        {
            return null;
        }

        if (until > Stopwatch.GetTimestamp())
        {
            return until;
        }

        holds.TryRemove(KeyValuePair.Create(conversationId, until));
        return null;
    }

    /// <summary>Waits for the app pacer (first come, first served).</summary>
    public Task AppPermitAsync(CancellationToken ct) => app.WaitAsync(ct);

    /// <summary>
    /// A 429 for <paramref name="conversationId"/> asking for <paramref name="wait"/>: holds that conversation; when 429s have
    /// spread over conversations, also pauses every send for <paramref name="wait"/> and halves the app rate. True then.
    /// </summary>
    public bool Throttled(string conversationId, TimeSpan wait)
    {
        var now = Stopwatch.GetTimestamp();
        var until = now + (long)(wait.TotalSeconds * Stopwatch.Frequency);
        holds.AddOrUpdate(conversationId, until, (_, held) => Math.Max(held, until));
        if (holds.Count > HoldsKept)
        {
            foreach (var (key, held) in holds.Where(h => h.Value <= now))
            {
                holds.TryRemove(KeyValuePair.Create(key, held));
            }
        }

        // Calls answered during a pause left before it: their 429s are the same overload, not news of a lower limit.
        if (pause.IsPaused || !spread.Add(conversationId))
        {
            return false;
        }

        pause.PauseFor(wait);
        app.SlowDown();
        return true;
    }
}

/// <summary>
/// The whole-outbox pause after 429s spread over conversations (the app's limit): no call starts until the Retry-After has
/// passed. On the real (monotonic) clock,
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
