using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>
/// Calls the <see cref="IOutboxHook"/> registered for a job's <see cref="OutboxJob.Hook"/> (a keyed singleton, so the outbox
/// knows kinds, not features). Settled recipients are folded into one <see cref="IOutboxHook.RecipientsSettledAsync"/> call
/// per job and <see cref="OutboxOptions.HookInterval"/>, run in the background so a slow hook never holds up sending.
/// </summary>
internal sealed class OutboxHooks(IServiceProvider services, IOptions<OutboxOptions> options, ILogger<OutboxHooks> logger)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Pending> pending = new(StringComparer.Ordinal);
    private readonly HashSet<Task> running = [];
    private readonly CancellationTokenSource stop = new();

    public bool IsRegistered(string kind) =>
        services.GetRequiredService<IServiceProviderIsKeyedService>().IsKeyedService(typeof(IOutboxHook), kind);

    /// <summary>One of the job's recipients is final: its hook hears of it soon (now, or after the current interval).</summary>
    public void RecipientSettled(JobContext job)
    {
        if (job.Hook is not { } kind)
        {
            return;
        }

        lock (gate)
        {
            if (stop.IsCancellationRequested)
            {
                return;
            }

            if (!this.pending.TryGetValue(job.Id, out var pending))
            {
                this.pending[job.Id] = pending = new Pending();
            }

            pending.Again = true;
            if (pending.Running)
            {
                return;
            }

            pending.Running = true;
        }

        var run = ReportProgressAsync(job.Id, kind);
        lock (gate)
        {
            if (!run.IsCompleted)
            {
                this.running.Add(run);
            }
        }

        run.ContinueWith(t => { lock (gate) { this.running.Remove(t); } }, TaskScheduler.Default);
    }

    /// <summary>
    /// Tells the job's hook that the whole job is final. False when the hook asks to be called again (or failed); the
    /// caller keeps the job's work item for that.
    /// </summary>
    public async Task<bool> JobSettledAsync(JobContext job, CancellationToken ct)
    {
        try
        {
            if (await Hook(job.Hook!).JobSettledAsync(job.Id, ct))
            {
                return true;
            }

            logger.LogInformation("Outbox hook {Hook} is not ready for job {JobId}; it will be asked again.", job.Hook, job.Id);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Outbox hook {Hook} failed for job {JobId}; it will be asked again.", job.Hook, job.Id);
        }

        return false;
    }

    /// <summary>Ends the progress calls: no new ones, those under way are cancelled and awaited.</summary>
    public async Task StopAsync()
    {
        Task[] running;
        lock (gate)
        {
            stop.Cancel();
            running = [.. this.running];
        }

        await Task.WhenAll(running).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task ReportProgressAsync(string jobId, string kind)
    {
        await Task.Yield(); // off the sender's path
        var ct = stop.Token;
        while (true)
        {
            lock (gate)
            {
                var pending = this.pending[jobId];
                if (!pending.Again || ct.IsCancellationRequested)
                {
                    this.pending.Remove(jobId);
                    return;
                }

                pending.Again = false;
            }

            try
            {
                await Hook(kind).RecipientsSettledAsync(jobId, ct);
            }
            catch (Exception e)
            {
                if (!ct.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Outbox hook {Hook} failed on progress of job {JobId}.", kind, jobId);
                }
            }

            await Task.Delay(options.Value.HookInterval, ct).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private IOutboxHook Hook(string kind) => services.GetRequiredKeyedService<IOutboxHook>(kind);

    private sealed class Pending
    {
        /// <summary>Recipients settled since the last call began.</summary>
        public bool Again { get; set; }

        public bool Running { get; set; }
    }
}
