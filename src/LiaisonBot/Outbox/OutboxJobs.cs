using System.Collections.Concurrent;
using LiaisonBot.Protocol;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>A job as a worker needs it: kind, schedule and parsed payloads, plus a cached view of its cancel flag.</summary>
internal sealed class JobContext(JobEntity job, IReadOnlyDictionary<string, Activity> payloads)
{
    private volatile bool cancelled = job.Cancelled;
    private long checkedAt = Environment.TickCount64;

    public string Id { get; } = job.JobId;
    public DeliveryKind Kind { get; } = Enum.Parse<DeliveryKind>(job.Kind);
    public DateTimeOffset? NotBefore { get; } = job.NotBefore;
    public int Chunks { get; } = job.Chunks;
    public int Total { get; } = job.Total;
    public string? Hook { get; } = job.Hook;
    public IReadOnlyDictionary<string, Activity> Payloads { get; } = payloads;
    public long LastUsed { get; set; } = Environment.TickCount64;

    /// <summary>True once the job is cancelled; re-read from storage at most every <paramref name="maxAge"/>.</summary>
    public async Task<bool> IsCancelledAsync(OutboxStore store, TimeSpan maxAge, CancellationToken ct)
    {
        if (this.cancelled || Environment.TickCount64 - Interlocked.Read(ref checkedAt) < maxAge.TotalMilliseconds)
        {
            return cancelled;
        }

        Interlocked.Exchange(ref checkedAt, Environment.TickCount64);
        this.cancelled = (await store.FindJobAsync(Id, ct))?.Cancelled ?? false;
        return cancelled;
    }
}

/// <summary>Jobs this instance is working on, loaded once (one query: job row and payloads) and dropped when unused.</summary>
internal sealed class OutboxJobs(OutboxStore store, IOptions<OutboxOptions> options)
{
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Task<JobContext?>> jobs = new(StringComparer.Ordinal);

    public async Task<JobContext?> GetAsync(string jobId, CancellationToken ct)
    {
        Sweep();
        // Loaded without the caller's token: other work items of the job share the load.
        var loading = jobs.GetOrAdd(jobId, id => LoadAsync(id, CancellationToken.None));
        JobContext? job;
        try
        {
            job = await loading.WaitAsync(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            jobs.TryRemove(new(jobId, loading));
            throw;
        }

        if (job is null)
        {
            jobs.TryRemove(new(jobId, loading)); // not stored yet (an enqueue in progress): ask again next time
        }
        else
        {
            job.LastUsed = Environment.TickCount64;
        }

        return job;
    }

    /// <summary>The job's cancel flag as the worker should see it now.</summary>
    public Task<bool> IsCancelledAsync(JobContext job, CancellationToken ct) => job.IsCancelledAsync(store, options.Value.CancelCheckInterval, ct);

    /// <summary>A fresh look at the cancel flag (start of a job).</summary>
    public Task<bool> IsCancelledNowAsync(JobContext job, CancellationToken ct) => job.IsCancelledAsync(store, TimeSpan.Zero, ct);

    private async Task<JobContext?> LoadAsync(string jobId, CancellationToken ct) =>
        await store.LoadJobAsync(jobId, ct) is { } loaded ? new JobContext(loaded.Job, loaded.Payloads) : null;

    private void Sweep()
    {
        foreach (var (id, loading) in jobs)
        {
            if (loading.IsCompletedSuccessfully && loading.Result is { } job && Environment.TickCount64 - job.LastUsed > Unused.TotalMilliseconds)
            {
                jobs.TryRemove(new(id, loading));
            }
        }
    }
}
