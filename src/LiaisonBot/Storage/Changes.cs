using Azure.Data.Tables;

namespace LiaisonBot.Storage;

public static class Changes
{
    private const int MaxAttempts = 10;

    /// <summary>
    /// Changes one stored row: <paramref name="change"/> sees the current row and says whether to save it. A row that
    /// someone else saved in between (412) is read again and the change applied again, so no change is ever lost or
    /// applied over a stale copy. Returns the row as stored (with its new ETag), or null if it does not exist.
    /// </summary>
    public static async Task<T?> ChangeAsync<T>(this TableClient table, string partitionKey, string rowKey, Func<T, bool> change, CancellationToken ct)
        where T : class, ITableEntity
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, cancellationToken: ct);
            if (!found.HasValue || found.Value is not { } current)
            {
                return null;
            }

            if (!change(current))
            {
                return current;
            }

            if (await table.TryUpdateCheckedAsync(current, current.ETag, ct))
            {
                return current;
            }

            // Writers that keep colliding on one row (a leader pressing save while a recompute merges in) would otherwise
            // retry in lockstep and collide again: after two collisions each waits a short random while, longer each
            // time. The first retries stay immediate, as a busy row's usual one collision (the scoring gate) needs no wait.
            if (attempt >= 2)
            {
                await Task.Delay(Random.Shared.Next(5, 20) * (attempt - 1), ct);
            }
        }

        throw new InvalidOperationException($"Row {partitionKey}/{rowKey} of {table.Name} kept changing under us; nothing was saved.");
    }
}
