using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace LiaisonBot.Storage;

/// <summary>
/// Hands out the account's table clients by logical name and creates the tables that features declared with
/// <see cref="StorageServiceCollectionExtensions.AddTable"/>.
/// </summary>
public sealed class Tables
{
    private readonly TableServiceClient service;
    private readonly string prefix;
    private readonly IReadOnlyList<string> declared;
    private readonly ConcurrentDictionary<string, TableClient> clients = new();

    public Tables(StorageAccount account, IEnumerable<DeclaredTable> declared)
    {
        service = account.TableService();
        prefix = account.TablePrefix;
        this.declared = declared.Select(t => t.Name).Distinct().ToList();
    }

    public TableClient this[string name] => clients.GetOrAdd(name, n => service.GetTableClient(prefix + n));

    public async Task CreateAllAsync(CancellationToken ct)
    {
        foreach (var name in declared)
        {
            await this[name].CreateIfNotExistsAsync(ct);
        }
    }

    /// <summary>A cheap round trip that proves the account answers: used by readiness (/health/ready).</summary>
    public async Task PingAsync(CancellationToken ct)
    {
        await foreach (var _ in service.QueryAsync(maxPerPage: 1, cancellationToken: ct).AsPages(pageSizeHint: 1))
        {
            break;
        }
    }
}

public sealed record DeclaredTable(string Name);
