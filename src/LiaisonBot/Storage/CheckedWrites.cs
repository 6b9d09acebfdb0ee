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

    /// <summary>Writes the entity's properties into the stored row (created if missing), leaving its other properties as they are.</summary>
    public static Task<Response> MergeCheckedAsync<T>(this TableClient table, T entity, CancellationToken ct)
        where T : ITableEntity
    {
        EntityLimits.Check(entity);
        return table.UpsertEntityAsync(entity, TableUpdateMode.Merge, ct);
    }

    /// <summary>Replaces the entity only if it still has <paramref name="ifMatch"/>; a 412 means someone changed it first.</summary>
    public static Task<Response> UpdateCheckedAsync<T>(this TableClient table, T entity, ETag ifMatch, CancellationToken ct)
        where T : ITableEntity
    {
        EntityLimits.Check(entity);
        return table.UpdateEntityAsync(entity, ifMatch, TableUpdateMode.Replace, ct);
    }

    /// <summary>Adds the entity and keeps its new ETag on it; false if an entity with its keys exists (409).</summary>
    public static async Task<bool> TryAddCheckedAsync<T>(this TableClient table, T entity, CancellationToken ct)
        where T : ITableEntity
    {
        try
        {
            entity.ETag = (await table.AddCheckedAsync(entity, ct)).Headers.ETag ?? default;
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Replaces the entity if it still has <paramref name="ifMatch"/> and keeps its new ETag; false if it changed or is gone.</summary>
    public static async Task<bool> TryUpdateCheckedAsync<T>(this TableClient table, T entity, ETag ifMatch, CancellationToken ct)
        where T : ITableEntity
    {
        try
        {
            entity.ETag = (await table.UpdateCheckedAsync(entity, ifMatch, ct)).Headers.ETag ?? default;
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Adds an entity read from nowhere (no ETag) or replaces one read earlier if it still has that ETag, and keeps the
    /// new ETag; false if someone added, changed or removed it first.
    /// </summary>
    public static Task<bool> TrySaveCheckedAsync<T>(this TableClient table, T entity, CancellationToken ct)
        where T : ITableEntity =>
        entity.ETag == default ? table.TryAddCheckedAsync(entity, ct) : table.TryUpdateCheckedAsync(entity, entity.ETag, ct);

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
