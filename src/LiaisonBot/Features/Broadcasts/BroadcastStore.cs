using LiaisonBot.Storage;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>Notices (one partition: a committee sends a few hundred a year) and their read acknowledgements.</summary>
public sealed class BroadcastStore(Tables tables)
{
    public const string Table = "Broadcasts";
    public const string AckTable = "BroadcastAcks";

    public async Task<BroadcastEntity?> FindAsync(string id, CancellationToken ct)
    {
        var response = await tables[Table].GetEntityIfExistsAsync<BroadcastEntity>(BroadcastEntity.Partition, id, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Saves a draft; a draft that moved on (scheduled, sent) meanwhile is not overwritten.</summary>
    public Task<bool> TrySaveAsync(BroadcastEntity broadcast, CancellationToken ct) => tables[Table].TrySaveCheckedAsync(broadcast, ct);

    /// <summary>
    /// Changes the stored notice: <paramref name="change"/> sees the current row and says whether to save it. The status
    /// updater saves notices beside every command, so a lost ETag race re-reads and re-applies instead of dropping the
    /// change. Returns the notice as stored, or null if it does not exist.
    /// </summary>
    public Task<BroadcastEntity?> ChangeAsync(string id, Func<BroadcastEntity, bool> change, CancellationToken ct) =>
        tables[Table].ChangeAsync(BroadcastEntity.Partition, id, change, ct);

    public async Task<List<BroadcastEntity>> RecentAsync(int count, CancellationToken ct) =>
        (await tables[Table].ListAsync<BroadcastEntity>(b => b.PartitionKey == BroadcastEntity.Partition, ct))
            .OrderByDescending(b => b.CreatedAt).Take(count).ToList();

    /// <summary>Records that <paramref name="memberCode"/> read the notice; the first press counts, later ones return it.</summary>
    public async Task<DateTimeOffset> AcknowledgeAsync(string id, string memberCode, DateTimeOffset at, CancellationToken ct) =>
        await tables[AckTable].TryAddCheckedAsync(new BroadcastAckEntity { PartitionKey = id, RowKey = memberCode, AckedAt = at }, ct)
            ? at
            : (await AckOfAsync(id, memberCode, ct)) ?? at;

    public async Task<DateTimeOffset?> AckOfAsync(string id, string memberCode, CancellationToken ct)
    {
        var response = await tables[AckTable].GetEntityIfExistsAsync<BroadcastAckEntity>(id, memberCode, cancellationToken: ct);
        return response.HasValue ? response.Value!.AckedAt : null;
    }

    public async Task<Dictionary<string, DateTimeOffset>> AcksAsync(string id, CancellationToken ct)
    {
        var acks = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in await tables[AckTable].ListAsync<BroadcastAckEntity>(a => a.PartitionKey == id, ct))
        {
            acks[row.RowKey] = row.AckedAt;
        }

        return acks;
    }
}
