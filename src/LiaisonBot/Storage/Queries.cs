using System.Linq.Expressions;
using Azure.Data.Tables;

namespace LiaisonBot.Storage;

/// <summary>Every row a query matches, read page by page: the one way stores read more than a single row.</summary>
public static class Queries
{
    public static Task<List<T>> ListAsync<T>(this TableClient table, Expression<Func<T, bool>> filter, CancellationToken ct,
        IEnumerable<string>? select = null)
        where T : class, ITableEntity => ToListAsync(table.QueryAsync(filter, select: select, cancellationToken: ct), ct);

    /// <param name="filter">Made with <see cref="TableClient.CreateQueryFilter(FormattableString)"/>, which escapes values.</param>
    public static Task<List<T>> ListAsync<T>(this TableClient table, string filter, CancellationToken ct, IEnumerable<string>? select = null)
        where T : class, ITableEntity => ToListAsync(table.QueryAsync<T>(filter, select: select, cancellationToken: ct), ct);

    private static async Task<List<T>> ToListAsync<T>(Azure.AsyncPageable<T> rows, CancellationToken ct)
        where T : notnull
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            list.Add(row);
        }

        return list;
    }
}
