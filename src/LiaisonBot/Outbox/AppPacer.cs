using System.Diagnostics;

namespace LiaisonBot.Outbox;

/// <summary>
/// The app-wide pace of this instance: one call every 1/rate seconds, first come first served, no bursts (an idle pacer
/// saves nothing up). The rate is <see cref="OutboxOptions.AppRatePerSecond"/> until <see cref="SlowDown"/>: 429s spread
/// over many conversations mean the app's real limit is lower than configured (other instances, other bots of the app),
/// so the rate halves, as TCP's does, and climbs back linearly over <see cref="OutboxOptions.AppRateRecovery"/>. On the
/// monotonic clock, because Teams measures its windows in real time.
/// </summary>
internal sealed class AppPacer(OutboxOptions options)
{
    private readonly Lock gate = new();
    private long next;
    private double lowered;
    private long loweredAt = long.MinValue;

    /// <summary>Calls per second now.</summary>
    public double Rate
    {
        get
        {
            lock (gate)
            {
                return RateAt(Stopwatch.GetTimestamp());
            }
        }
    }

    /// <summary>Waits for this call's slot; a slot given up by cancellation stays spent.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        long slot;
        lock (gate)
        {
            slot = Math.Max(Stopwatch.GetTimestamp(), next);
            next = slot + (long)(Stopwatch.Frequency / RateAt(slot));
        }

        if (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), slot) is var wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, ct);
        }
    }

    /// <summary>Halves the rate it has now (at least one call a second); it then recovers over AppRateRecovery.</summary>
    public void SlowDown()
    {
        lock (gate)
        {
            var now = Stopwatch.GetTimestamp();
            lowered = Math.Max(1, RateAt(now) / 2);
            loweredAt = now;
        }
    }

    private double RateAt(long at)
    {
        var progress = loweredAt == long.MinValue ? 1 : Stopwatch.GetElapsedTime(loweredAt, at) / options.AppRateRecovery;
        return progress >= 1 ? options.AppRatePerSecond : lowered + (options.AppRatePerSecond - lowered) * Math.Max(0, progress);
    }
}
