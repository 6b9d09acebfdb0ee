namespace LiaisonBot.Hosting;

/// <summary>
/// Work every bot instance does on a timer of the injected clock (so tests control it): reminders, closes; not the
/// outcomes of deliveries, which the outbox's hooks report. A failed pass is logged and the next tick tries again, so a
/// storage hiccup never stops it for good. Passes must be safe when several instances run them at once. Each tick beats
/// its <see cref="Heartbeats"/> entry, so liveness can tell a loop that turns from one stuck in a pass.
/// </summary>
public abstract class PeriodicService(TimeProvider clock, Heartbeats heartbeats, ILogger logger) : BackgroundService
{
    protected ILogger Logger { get; } = logger;

    protected TimeProvider Clock { get; } = clock;

    protected abstract TimeSpan Interval { get; }

    /// <summary>What a pass does, for the log line when one fails (e.g. "Closing scoring rounds").</summary>
    protected abstract string Work { get; }

    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        var heartbeat = heartbeats.Start(GetType().Name, Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Logger.LogWarning(e, "{Work} failed; trying again at the next tick.", Work);
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
}
