using LiaisonBot.Storage;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>
/// Durable outbound delivery for every feature that messages many people (broadcasts, plan tasks, reminders, channel
/// posts): enqueue a job, and the <see cref="OutboxWorker"/> of some bot instance sends it within the Teams rate limits,
/// retrying what may be retried and recording each recipient's outcome, and telling the job's <see cref="IOutboxHook"/>
/// (if it names one) as they settle. Knows no feature: hooks are registered by kind.
/// </summary>
/// <remarks>
/// Inside a <c>LiaisonBot.*</c> namespace the name <c>Outbox</c> means this namespace, not this class: alias it after the
/// file's namespace line, <c>using Outbox = LiaisonBot.Outbox.Outbox;</c>.
/// </remarks>
public sealed class Outbox
{
    private const int MaxIdLength = 200;

    private readonly OutboxStore store;
    private readonly OutboxQueue queue;
    private readonly OutboxHooks hooks;
    private readonly TimeProvider time;
    private readonly IOptions<OutboxOptions> options;
    private readonly ILogger<Outbox> logger;

    internal Outbox(OutboxStore store, OutboxQueue queue, OutboxHooks hooks, TimeProvider time, IOptions<OutboxOptions> options, ILogger<Outbox> logger)
    {
        this.store = store;
        this.queue = queue;
        this.hooks = hooks;
        this.time = time;
        this.options = options;
        this.logger = logger;
    }

    /// <summary>
    /// Stores the job and all its recipients, then returns: from then on it is delivered even if this instance stops.
    /// Enqueueing a <see cref="OutboxJob.JobId"/> that is already stored does nothing. Throws
    /// <see cref="ArgumentException"/> for an invalid job (duplicate keys, a payload key with no payload, an Update or
    /// Delete recipient without ActivityId, a service URL that is not http(s), a <see cref="OutboxJob.Hook"/> nobody registered).
    /// </summary>
    public async Task EnqueueAsync(OutboxJob job, CancellationToken ct)
    {
        Validate(job);
        if (await store.FindJobAsync(job.JobId, ct) is not null)
        {
            return;
        }

        var now = time.GetUtcNow();
        var (rows, chunks) = Rows(job, now, options.Value.ChunkSize);
        // Order matters: rows, then the start item, then the job row that makes it all count. A crash before the job row
        // leaves a start item the worker drops later and rows nobody reads; enqueueing the same job again completes it.
        if (job.Kind != DeliveryKind.Delete)
        {
            await store.AddPayloadsAsync(job.JobId, job.Payloads, ct);
        }

        await store.AddDeliveriesAsync(rows, ct);
        var delay = job.NotBefore is { } notBefore && notBefore > now ? notBefore - now : TimeSpan.Zero;
        await queue.SendAsync(new OutboxMessage(job.JobId), delay < options.Value.RecheckInterval ? delay : options.Value.RecheckInterval, ct);
        await store.AddJobAsync(new JobEntity
        {
            PartitionKey = OutboxStore.Partition(job.JobId),
            JobId = job.JobId,
            Kind = job.Kind.ToString(),
            NotBefore = job.NotBefore,
            CreatedAt = now,
            Total = rows.Count,
            Chunks = chunks,
            Hook = job.Hook,
        }, ct);
        logger.LogInformation("Outbox job {JobId} enqueued: {Kind} to {Count} recipients, not before {NotBefore}.",
            job.JobId, job.Kind, rows.Count, job.NotBefore?.ToString("u") ?? "now");
    }

    /// <summary>Counts by state (all zero for an unknown job). One query of the state column (a round trip per 1,000 recipients).</summary>
    public async Task<OutboxProgress> ProgressAsync(string jobId, CancellationToken ct)
    {
        var states = (await store.AllAsync(jobId, [nameof(DeliveryEntity.State)], ct)).Select(r => RowStates.Public(r.State)).ToList();
        int Count(DeliveryState state) => states.Count(s => s == state);
        return new(states.Count, Count(DeliveryState.Queued), Count(DeliveryState.Delivered), Count(DeliveryState.NotReachable),
            Count(DeliveryState.Failed), Count(DeliveryState.Cancelled));
    }

    /// <summary>Every recipient's delivery, ordered by key.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(string jobId, CancellationToken ct) =>
        [.. (await store.AllAsync(jobId, null, ct))
            .Select(r => new DeliveryRecord(r.Key, RowStates.Public(r.State), r.Reason, r.ActivityId, r.Attempts, r.UpdatedAt))
            .OrderBy(r => r.Key, StringComparer.Ordinal)];

    /// <summary>
    /// Deliveries not yet sent become Cancelled and never go out; deliveries being sent at this moment finish (at most
    /// MaxConcurrency across instances, plus those held for a retry until a worker sees the cancel, within
    /// CancelCheckInterval). Idempotent.
    /// </summary>
    public async Task CancelAsync(string jobId, CancellationToken ct)
    {
        if (await store.FindJobAsync(jobId, ct) is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        await store.MarkJobCancelledAsync(jobId, now, ct);

        // Each row changes only if it is still the Queued row we read (ETag), so a row a worker has just claimed is left
        // to the worker, which sees the cancel before its next attempt.
        foreach (var batch in (await store.QueuedAsync(jobId, ct)).Chunk(EntityLimits.MaxBatchOperations))
        {
            foreach (var row in batch)
            {
                row.State = RowStates.Cancelled;
                row.Reason = "Cancelled";
                row.UpdatedAt = now;
            }

            if (await store.TryReplaceBatchAsync(batch, ct))
            {
                continue;
            }

            foreach (var row in batch)
            {
                await store.TryReplaceAsync(row, row.ETag, ct);
            }
        }

        logger.LogInformation("Outbox job {JobId} cancelled.", jobId);
    }

    /// <summary>
    /// The rows, chunk by chunk: recipients sorted by conversation and key, a conversation never split across chunks (so
    /// one instance paces all calls into it), chunks of about <paramref name="chunkSize"/>.
    /// </summary>
    private static (List<DeliveryEntity> Rows, int Chunks) Rows(OutboxJob job, DateTimeOffset now, int chunkSize)
    {
        var rows = new List<DeliveryEntity>(job.Recipients.Count);
        var partition = OutboxStore.Partition(job.JobId);
        var chunk = 0;
        var inChunk = 0;
        foreach (var conversation in job.Recipients.GroupBy(r => r.ConversationId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var recipients = conversation.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            if (inChunk > 0 && inChunk + recipients.Count > chunkSize)
            {
                chunk++;
                inChunk = 0;
            }

            foreach (var r in recipients)
            {
                rows.Add(new DeliveryEntity
                {
                    PartitionKey = partition,
                    RowKey = OutboxStore.RowKey(chunk, r.Key),
                    Key = r.Key,
                    ServiceUrl = r.ServiceUrl,
                    ConversationId = r.ConversationId,
                    PayloadKey = r.PayloadKey,
                    TargetActivityId = r.ActivityId,
                    UpdatedAt = now,
                });
            }

            inChunk += recipients.Count;
        }

        return (rows, rows.Count == 0 ? 0 : chunk + 1);
    }

    private void Validate(OutboxJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (string.IsNullOrWhiteSpace(job.JobId) || job.JobId.Length > MaxIdLength)
        {
            throw new ArgumentException($"JobId must be 1–{MaxIdLength} characters.", nameof(job));
        }

        if (job.Hook is { } hook && !hooks.IsRegistered(hook))
        {
            throw new ArgumentException($"Job {job.JobId} names hook '{hook}', which nobody registered with AddOutboxHook.", nameof(job));
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in job.Recipients)
        {
            if (string.IsNullOrEmpty(r.Key) || r.Key.Length > MaxIdLength)
            {
                throw new ArgumentException($"Recipient keys must be 1–{MaxIdLength} characters (job {job.JobId}).", nameof(job));
            }

            if (!keys.Add(r.Key))
            {
                throw new ArgumentException($"Recipient key '{r.Key}' appears twice in job {job.JobId}.", nameof(job));
            }

            if (!Uri.TryCreate(r.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException($"Recipient '{r.Key}' has a service URL that is not an absolute http(s) URL.", nameof(job));
            }

            if (string.IsNullOrEmpty(r.ConversationId))
            {
                throw new ArgumentException($"Recipient '{r.Key}' has no conversation id.", nameof(job));
            }

            if (job.Kind != DeliveryKind.Delete && !job.Payloads.ContainsKey(r.PayloadKey))
            {
                throw new ArgumentException($"Recipient '{r.Key}' asks for payload '{r.PayloadKey}', which job {job.JobId} does not have.", nameof(job));
            }

            if (job.Kind != DeliveryKind.Send && string.IsNullOrEmpty(r.ActivityId))
            {
                throw new ArgumentException($"Recipient '{r.Key}' of {job.Kind} job {job.JobId} has no ActivityId.", nameof(job));
            }
        }
    }
}
