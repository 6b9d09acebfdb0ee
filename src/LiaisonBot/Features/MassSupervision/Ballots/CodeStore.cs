using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.MassSupervision.Ballots;

/// <summary>The slips' codes, by keyed hash only: a partition per campaign.</summary>
public sealed class CodeStore(Tables tables)
{
    public const string Table = "MassCodes";

    private TableClient Rows => tables[Table];

    public async Task<CodeEntity?> FindAsync(string campaignId, string hash, CancellationToken ct)
    {
        var found = await Rows.GetEntityIfExistsAsync<CodeEntity>(campaignId, hash, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Adds a batch's codes in transactions of 100.</summary>
    public Task AddAsync(string campaignId, string batchId, IEnumerable<string> hashes, CancellationToken ct) =>
        Rows.SubmitCheckedAsync(hashes.Select(h => new TableTransactionAction(TableTransactionActionType.Add,
            new CodeEntity { PartitionKey = campaignId, RowKey = h, BatchId = batchId })).ToList(), ct);

    /// <summary>
    /// Marks the code used with the ballot sealed on it, only if the row is still as read (its ETag): one write, so
    /// either both happen or neither. False when someone else used (or the close froze) it first.
    /// </summary>
    public Task<bool> TryUseAsync(CodeEntity code, byte[] sealedBallot, CancellationToken ct)
    {
        var ifMatch = code.ETag;
        code.State = nameof(CodeState.Used);
        code.Sealed = sealedBallot;
        return Rows.TryUpdateCheckedAsync(code, ifMatch, ct);
    }

    public Task<List<CodeEntity>> AllAsync(string campaignId, CancellationToken ct) => Rows.ListAsync<CodeEntity>(c => c.PartitionKey == campaignId, ct);

    public Task<List<CodeEntity>> OfBatchAsync(string campaignId, string batchId, CancellationToken ct) =>
        Rows.ListAsync<CodeEntity>(c => c.PartitionKey == campaignId && c.BatchId == batchId, ct, select: ["PartitionKey", "RowKey", "BatchId", "State"]);

    /// <summary>
    /// Replaces up to 100 rows in one transaction, each only if still as read; false (nothing written) when one of them
    /// changed meanwhile, so the caller reads them again.
    /// </summary>
    public async Task<bool> TryReplaceAsync(IReadOnlyList<CodeEntity> rows, CancellationToken ct)
    {
        var actions = rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpdateReplace, r, r.ETag)).ToList();
        try
        {
            EntityLimits.CheckBatch(actions);
            await Rows.SubmitTransactionAsync(actions, ct);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }
}
