using System.Threading.Channels;

namespace LiaisonBot.Hosting;

/// <summary>
/// Work done in the background a little after it is asked for, once however often it was asked meanwhile: the caller is
/// answered at once, and a burst of asks for one key (ten reports verified, a room replying to an invitation) costs one
/// run. An ask while its key runs queues it once more. In memory, per instance: for work whose result is also made
/// another way (a card's refresh, the secretariat's recompute), so an instance that stops loses nothing. Liveness calls
/// it stuck only when work waits and no run has ended for long: idle, it is silent by design.
/// </summary>
public abstract class DebouncedWork<TKey>(TimeProvider clock, Heartbeats heartbeats) : BackgroundService
    where TKey : notnull
{
    private readonly Channel<(TKey Key, DateTimeOffset Due)> queue = Channel.CreateUnbounded<(TKey, DateTimeOffset)>(new() { SingleReader = true });
    private readonly HashSet<TKey> queued = [];
    private Heartbeat? heartbeat;
    private bool running;

    /// <summary>How long after the first ask a key runs.</summary>
    protected abstract TimeSpan Delay { get; }

    public void Enqueue(TKey key)
    {
        lock (queued)
        {
            if (!queued.Add(key))
            {
                return;
            }

            if (queued.Count == 1 && !running)
            {
                // Idle until now: the silence that counts starts with this ask, not with the last run hours ago.
                heartbeat?.Beat();
            }
        }

        queue.Writer.TryWrite((key, clock.GetUtcNow() + Delay));
    }

    protected abstract Task RunAsync(TKey key, CancellationToken ct);

    /// <summary>Reports a run that failed; the loop goes on with the next key.</summary>
    protected abstract void Failed(TKey key, Exception e);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        heartbeat = heartbeats.Start(GetType().Name, Delay, Waiting);
        try
        {
            // Every item waits the same delay, so the queue is in due order: waiting for its head is enough.
            await foreach (var (key, due) in queue.Reader.ReadAllAsync(stoppingToken))
            {
                if (due > clock.GetUtcNow())
                {
                    await Task.Delay(due - clock.GetUtcNow(), clock, stoppingToken);
                }

                lock (queued)
                {
                    queued.Remove(key);
                    running = true;
                }

                try
                {
                    await RunAsync(key, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Failed(key, e);
                }

                lock (queued)
                {
                    running = false;
                }

                heartbeat.Beat();
            }
        }
        finally
        {
            if (stoppingToken.IsCancellationRequested)
            {
                heartbeats.Stop(heartbeat);
            }
        }
    }

    private bool Waiting()
    {
        lock (queued)
        {
            return running || queued.Count > 0;
        }
    }
}
