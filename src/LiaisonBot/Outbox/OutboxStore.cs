using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;

namespace LiaisonBot.Outbox;

/// <summary>
/// The outbox's two tables. OutboxJobs holds per job one job row and one row per payload activity (UTF-8 JSON split over
/// binary properties of at most 64 KiB); OutboxDeliveries one row per recipient (<see cref="DeliveryEntity"/>).
/// Every round trip is counted in <see cref="OutboxMetrics"/>.
/// </summary>
internal sealed class OutboxStore(Tables tables, OutboxMetrics metrics)
{
    public const string JobsTable = "OutboxJobs";
    public const string DeliveriesTable = "OutboxDeliveries";

    private const string PayloadRowPrefix = "payload|";
    private const int PayloadPartBytes = EntityLimits.MaxPropertyBytes - 1024;
    private const int ParallelBatches = 4;

    private TableClient Jobs => tables[JobsTable];

    private TableClient Deliveries => tables[DeliveriesTable];

    public static string Partition(string jobId) => Keys.Escape(jobId);

    public static string RowKey(int chunk, string key) => chunk.ToString("D5", CultureInfo.InvariantCulture) + "|" + Keys.Escape(key);

    public async Task<JobEntity?> FindJobAsync(string jobId, CancellationToken ct)
    {
        metrics.Storage("table.read");
        var found = await Jobs.GetEntityIfExistsAsync<JobEntity>(Partition(jobId), JobEntity.Row, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>The job row and its payloads in one query (they share a partition), or null while the job is not stored.</summary>
    public async Task<(JobEntity Job, Dictionary<string, Activity> Payloads)?> LoadJobAsync(string jobId, CancellationToken ct)
    {
        JobEntity? job = null;
        var payloads = new Dictionary<string, Activity>(StringComparer.Ordinal);
        await foreach (var page in Jobs.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(jobId)}"), cancellationToken: ct).AsPages())
        {
            metrics.Storage("table.query");
            foreach (var row in page.Values)
            {
                if (row.RowKey == JobEntity.Row)
                {
                    job = ToJob(row);
                }
                else if (row.RowKey.StartsWith(PayloadRowPrefix, StringComparison.Ordinal))
                {
                    payloads[row.GetString("PayloadKey")] = JsonSerializer.Deserialize<Activity>(JoinParts(row), BotJson.Options)!;
                }
            }
        }

        return job is null ? null : (job, payloads);
    }

    /// <summary>Stores the payloads; rows written by an earlier, interrupted enqueue of the same job are kept.</summary>
    public async Task AddPayloadsAsync(string jobId, IReadOnlyDictionary<string, Activity> payloads, CancellationToken ct)
    {
        foreach (var (key, activity) in payloads)
        {
            var entity = new TableEntity(Partition(jobId), PayloadRowPrefix + Keys.Escape(key)) { ["PayloadKey"] = key };
            var bytes = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options);
            var parts = bytes.Chunk(PayloadPartBytes).ToList();
            entity["Parts"] = parts.Count;
            for (var i = 0; i < parts.Count; i++)
            {
                entity["Part" + i.ToString(CultureInfo.InvariantCulture)] = parts[i];
            }

            await AddIgnoringConflictAsync(Jobs, entity, ct);
        }
    }

    /// <summary>
    /// Inserts the delivery rows in batches of 100 (one partition). Never overwrites: a row that exists may already have
    /// been sent, so a conflicting batch is redone row by row, keeping what is there.
    /// </summary>
    public async Task AddDeliveriesAsync(IReadOnlyList<DeliveryEntity> rows, CancellationToken ct) =>
        await Parallel.ForEachAsync(
            rows.Chunk(EntityLimits.MaxBatchOperations),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelBatches, CancellationToken = ct },
            async (batch, token) =>
            {
                try
                {
                    metrics.Storage("table.batch");
                    await Deliveries.SubmitCheckedAsync([.. batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r))], token);
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    foreach (var row in batch)
                    {
                        await AddIgnoringConflictAsync(Deliveries, row, token);
                    }
                }
            });

    /// <summary>The job row, added last; false if it was already there (a concurrent enqueue of the same job).</summary>
    public async Task<bool> AddJobAsync(JobEntity job, CancellationToken ct) => await AddIgnoringConflictAsync(Jobs, job, ct);

    public async Task MarkJobCancelledAsync(string jobId, DateTimeOffset at, CancellationToken ct)
    {
        metrics.Storage("table.write");
        var change = new TableEntity(Partition(jobId), JobEntity.Row) { ["Cancelled"] = true, ["CancelledAt"] = at };
        await Jobs.UpdateEntityAsync(change, ETag.All, TableUpdateMode.Merge, ct);
    }

    /// <summary>One work item's recipients: the rows whose key starts with the chunk number.</summary>
    public Task<List<DeliveryEntity>> ChunkAsync(string jobId, int chunk, CancellationToken ct)
    {
        var from = chunk.ToString("D5", CultureInfo.InvariantCulture) + "|";
        var to = chunk.ToString("D5", CultureInfo.InvariantCulture) + "}"; // '}' sorts right after '|'
        return QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(jobId)} and RowKey ge {from} and RowKey lt {to}"), null, ct);
    }

    public Task<List<DeliveryEntity>> AllAsync(string jobId, IEnumerable<string>? select, CancellationToken ct) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(jobId)}"), select, ct);

    public Task<List<DeliveryEntity>> QueuedAsync(string jobId, CancellationToken ct) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(jobId)} and State eq {RowStates.Queued}"), null, ct);

    /// <summary>True while any recipient of the job is not final: one query that stops at the first such row.</summary>
    public async Task<bool> AnyUnsettledAsync(string jobId, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition(jobId)} and (State eq {RowStates.Queued} or State eq {RowStates.Sending})");
        await foreach (var page in Deliveries.QueryAsync<DeliveryEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: ct).AsPages())
        {
            metrics.Storage("table.query");
            if (page.Values.Count > 0)
            {
                return true;
            }

            if (page.ContinuationToken is null)
            {
                return false;
            }
        }

        return false;
    }

    public async Task<DeliveryEntity?> FindDeliveryAsync(string partition, string rowKey, CancellationToken ct)
    {
        metrics.Storage("table.read");
        var found = await Deliveries.GetEntityIfExistsAsync<DeliveryEntity>(partition, rowKey, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Replaces the row if it still has <paramref name="ifMatch"/>: the new ETag, or null if someone changed it first.</summary>
    public async Task<ETag?> TryReplaceAsync(DeliveryEntity row, ETag ifMatch, CancellationToken ct)
    {
        metrics.Storage("table.write");
        try
        {
            var response = await Deliveries.UpdateCheckedAsync(row, ifMatch, ct);
            return response.Headers.ETag ?? throw new InvalidOperationException("Table storage returned no ETag.");
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null;
        }
    }

    /// <summary>Conditional replaces of many rows of one job, 100 per round trip; false if any row had changed (none of that batch is written).</summary>
    public async Task<bool> TryReplaceBatchAsync(IReadOnlyList<DeliveryEntity> rows, CancellationToken ct)
    {
        metrics.Storage("table.batch");
        try
        {
            await Deliveries.SubmitCheckedAsync([.. rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpdateReplace, r, r.ETag))], ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    private async Task<List<DeliveryEntity>> QueryAsync(string filter, IEnumerable<string>? select, CancellationToken ct)
    {
        var rows = new List<DeliveryEntity>();
        await foreach (var page in Deliveries.QueryAsync<DeliveryEntity>(filter, select: select, cancellationToken: ct).AsPages())
        {
            metrics.Storage("table.query");
            rows.AddRange(page.Values);
        }

        return rows;
    }

    private async Task<bool> AddIgnoringConflictAsync<T>(TableClient table, T entity, CancellationToken ct)
        where T : ITableEntity
    {
        metrics.Storage("table.write");
        try
        {
            await table.AddCheckedAsync(entity, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    private static JobEntity ToJob(TableEntity row) => new()
    {
        PartitionKey = row.PartitionKey,
        RowKey = row.RowKey,
        ETag = row.ETag,
        JobId = row.GetString(nameof(JobEntity.JobId)),
        Kind = row.GetString(nameof(JobEntity.Kind)),
        NotBefore = row.GetDateTimeOffset(nameof(JobEntity.NotBefore)),
        CreatedAt = row.GetDateTimeOffset(nameof(JobEntity.CreatedAt)) ?? default,
        Total = row.GetInt32(nameof(JobEntity.Total)) ?? 0,
        Chunks = row.GetInt32(nameof(JobEntity.Chunks)) ?? 0,
        Cancelled = row.GetBoolean(nameof(JobEntity.Cancelled)) ?? false,
        CancelledAt = row.GetDateTimeOffset(nameof(JobEntity.CancelledAt)),
        Hook = row.GetString(nameof(JobEntity.Hook)),
    };

    private static byte[] JoinParts(TableEntity row)
    {
        var count = row.GetInt32("Parts") ?? 0;
        return [.. Enumerable.Range(0, count).SelectMany(i => row.GetBinary("Part" + i.ToString(CultureInfo.InvariantCulture)))];
    }
}
