using Azure;
using Azure.Data.Tables;

namespace LiaisonBot.Storage;

public static class Deletes
{
    /// <summary>
    /// Deletes the rows (one partition) in batches of up to 100. When another instance deleted some of them first, that
    /// batch fails as a whole on the missing row; its rows are then deleted one by one, where a missing row is no error.
    /// </summary>
    public static async Task DeleteAllAsync(this TableClient table, IEnumerable<ITableEntity> rows, CancellationToken ct)
    {
        foreach (var batch in rows.Chunk(EntityLimits.MaxBatchOperations))
        {
            try
            {
                await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), ct);
            }
            catch (TableTransactionFailedException e) when (e.Status == 404)
            {
                foreach (var row in batch)
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, ct);
                }
            }
        }
    }
}
