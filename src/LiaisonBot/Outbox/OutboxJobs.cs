using System.Collections.Concurrent;
using LiaisonBot.Protocol;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>A job as a worker needs it: kind, schedule and parsed payloads, plus a cached view of its cancel flag.</summary>
internal sealed class JobContext(JobEntity job, IReadOnlyDictionary<string, Activity> payloads)
{
    volatile bool _cancelled = job.Cancelled;
    long _checkedAt = Environment.TickCount64;

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
        if (_cancelled || Environment.TickCount64 - Interlocked.Read(ref _checkedAt) < maxAge.TotalMilliseconds)
            return _cancelled;
        Interlocked.Exchange(ref _checkedAt, Environment.TickCount64);
        _cancelled = (await store.FindJobAsync(Id, ct))?.Cancelled ?? false;
        return _cancelled;
    }
}

/// <summary>Jobs this instance is working on, loaded once (one query: job row and payloads) and dropped when unused.</summary>
internal sealed class OutboxJobs(OutboxStore store, IOptions<OutboxOptions> options)
{
    static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    readonly ConcurrentDictionary<string, Task<JobContext?>> _jobs = new(StringComparer.Ordinal);

    public async Task<JobContext?> GetAsync(string jobId, CancellationToken ct)
    {
        Sweep();
        // Loaded without the caller's token: other work items of the job share the load.
        var loading = _jobs.GetOrAdd(jobId, id => LoadAsync(id, CancellationToken.None));
        JobContext? job;
        try
        {
            job = await loading.WaitAsync(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            _jobs.TryRemove(new(jobId, loading));
            throw;
        }

        if (job is null)
            _jobs.TryRemove(new(jobId, loading)); // not stored yet (an enqueue in progress): ask again next time
        else
            job.LastUsed = Environment.TickCount64;
        return job;
    }

    /// <summary>The job's cancel flag as the worker should see it now.</summary>
    public Task<bool> IsCancelledAsync(JobContext job, CancellationToken ct) => job.IsCancelledAsync(store, options.Value.CancelCheckInterval, ct);

    /// <summary>A fresh look at the cancel flag (start of a job).</summary>
    public Task<bool> IsCancelledNowAsync(JobContext job, CancellationToken ct) => job.IsCancelledAsync(store, TimeSpan.Zero, ct);

    async Task<JobContext?> LoadAsync(string jobId, CancellationToken ct) =>
        await store.LoadJobAsync(jobId, ct) is { } loaded ? new JobContext(loaded.Job, loaded.Payloads) : null;

    void Sweep()
    {
        foreach (var (id, loading) in _jobs)
        {
            if (loading.IsCompletedSuccessfully && loading.Result is { } job && Environment.TickCount64 - job.LastUsed > Unused.TotalMilliseconds)
                _jobs.TryRemove(new(id, loading));
        }
    }
}
