using System.Collections.Concurrent;

namespace LiaisonBot.Hosting;

/// <summary>
/// The last sign of life of every background loop, for the liveness probe. A loop beats each time it turns, a failed pass
/// included (the loop goes on); one stuck on an await that never returns falls silent, and <see cref="Stuck"/> names it
/// once the silence passes three of its intervals and a <see cref="Margin"/>.
/// </summary>
public sealed class Heartbeats(TimeProvider clock)
{
    /// <summary>Room beyond three intervals for a slow pass, a storage retry, a busy machine.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Heartbeat> loops = new();

    /// <param name="service">The name liveness reports when the loop falls silent: its class name.</param>
    /// <param name="interval">How often the loop turns when all is well (its timer, its poll, its delay).</param>
    /// <param name="waiting">
    /// For event-driven work: whether work waits. A loop with nothing to do is silent by design and never stuck.
    /// </param>
    public Heartbeat Start(string service, TimeSpan interval, Func<bool>? waiting = null)
    {
        var heartbeat = new Heartbeat(service, interval * 3 + Margin, clock, waiting ?? (() => true));
        loops[service] = heartbeat;
        return heartbeat;
    }

    /// <summary>An orderly stop: the loop is no longer expected to beat.</summary>
    public void Stop(Heartbeat heartbeat) => loops.TryRemove(KeyValuePair.Create(heartbeat.Service, heartbeat));

    /// <summary>The loops silent for longer than they are allowed, by name, with how long they have been silent.</summary>
    public IReadOnlyList<(string Service, TimeSpan Silence)> Stuck()
    {
        var now = clock.GetUtcNow();
        return [.. loops.Values.Select(h => (h.Service, Silence: h.Silence(now))).Where(s => s.Silence is not null)
            .Select(s => (s.Service, s.Silence!.Value)).OrderBy(s => s.Service, StringComparer.Ordinal)];
    }
}

/// <summary>One loop's sign of life.</summary>
public sealed class Heartbeat
{
    private readonly TimeSpan allowed;
    private readonly TimeProvider clock;
    private readonly Func<bool> waiting;
    private long last;

    internal Heartbeat(string service, TimeSpan allowed, TimeProvider clock, Func<bool> waiting)
    {
        Service = service;
        this.allowed = allowed;
        this.clock = clock;
        this.waiting = waiting;
        Beat();
    }

    public string Service { get; }

    public void Beat() => Interlocked.Exchange(ref last, clock.GetUtcNow().UtcTicks);

    /// <summary>How long the loop has been silent while it should have beaten, or null when all is well.</summary>
    internal TimeSpan? Silence(DateTimeOffset now)
    {
        var silence = now - new DateTimeOffset(Interlocked.Read(ref last), TimeSpan.Zero);
        return silence > allowed && waiting() ? silence : null;
    }
}
