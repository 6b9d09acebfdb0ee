using Azure;
using Azure.Data.Tables;

namespace LiaisonBot.Storage;

/// <summary>Writes that check <see cref="EntityLimits"/> first: every store writes through these.</summary>
public static class CheckedWrites
{
    public static Task<Response> AddCheckedAsync<T>(this TableClient table, T entity, CancellationToken ct)
        where T : ITableEntity
    {
        EntityLimits.Check(entity);
        return table.AddEntityAsync(entity, ct);
    }

    public static Task<Response> UpsertCheckedAsync<T>(this TableClient table, T entity, CancellationToken ct)
        where T : ITableEntity
    {
        EntityLimits.Check(entity);
        return table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
    }

    /// <summary>Replaces the entity only if it still has <paramref name="ifMatch"/>; a 412 means someone changed it first.</summary>
    public static Task<Response> UpdateCheckedAsync<T>(this TableClient table, T entity, ETag ifMatch, CancellationToken ct)
        where T : ITableEntity
    {
        EntityLimits.Check(entity);
        return table.UpdateEntityAsync(entity, ifMatch, TableUpdateMode.Replace, ct);
    }

    /// <summary>Submits <paramref name="actions"/> in as many batches of up to 100 as needed (one partition only).</summary>
    public static async Task SubmitCheckedAsync(this TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken ct)
    {
        foreach (var chunk in actions.Chunk(EntityLimits.MaxBatchOperations))
        {
            EntityLimits.CheckBatch(chunk);
            await table.SubmitTransactionAsync(chunk, ct);
        }
    }
}
