using Azure;
using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>
/// Group reports, partitioned by group, with each report's earlier versions and pending correction in the same
/// partition (rows <c>{id}.v001</c>…, <c>{id}.pending</c>): a group is a few dozen rows a year.
/// </summary>
public sealed class GroupReportStore(Tables tables)
{
    public const string Table = "GroupReports";

    private TableClient Rows => tables[Table];

    public static string VersionKey(string id, int version) => $"{id}.v{version:D3}";

    public static string PendingKey(string id) => $"{id}.pending";

    public async Task<GroupReportEntity?> FindAsync(string groupCode, string rowKey, CancellationToken ct)
    {
        var response = await Rows.GetEntityIfExistsAsync<GroupReportEntity>(groupCode, rowKey, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>The reports with this id, whatever their group (one, unless a form was saved under two): a filtered scan of a small table.</summary>
    public Task<List<GroupReportEntity>> WithIdAsync(string id, CancellationToken ct) => Rows.ListAsync<GroupReportEntity>(TableClient.CreateQueryFilter($"RowKey eq {id}"), ct);

    /// <summary>Stores a new row; false if one with its key exists (a second press of the same form).</summary>
    public Task<bool> TryAddAsync(GroupReportEntity report, CancellationToken ct) => Rows.TryAddCheckedAsync(report, ct);

    /// <summary>Replaces the row if it still has <paramref name="ifMatch"/>; false if someone changed it first.</summary>
    public Task<bool> TryReplaceAsync(GroupReportEntity report, ETag ifMatch, CancellationToken ct) => Rows.TryUpdateCheckedAsync(report, ifMatch, ct);

    /// <summary>Changes the stored report over the ETag read, re-applied if the poster saved it first; null if it does not exist.</summary>
    public Task<GroupReportEntity?> ChangeAsync(string groupCode, string id, Func<GroupReportEntity, bool> change, CancellationToken ct) =>
        Rows.ChangeAsync(groupCode, id, change, ct);

    public async Task UpsertAsync(GroupReportEntity row, CancellationToken ct) => await Rows.UpsertCheckedAsync(row, ct);

    public async Task RemoveAsync(string groupCode, string rowKey, CancellationToken ct)
    {
        try
        {
            await Rows.DeleteEntityAsync(groupCode, rowKey, ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // already gone: removing is idempotent
        }
    }

    /// <summary>A group's reports (not their versions).</summary>
    public async Task<List<GroupReportEntity>> OfGroupAsync(string groupCode, CancellationToken ct) =>
        (await Rows.ListAsync<GroupReportEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {groupCode}"), ct)).Where(r => r.IsReport).ToList();

    /// <summary>A group's reports of one year (not their versions): its partition, filtered to the year.</summary>
    public async Task<List<GroupReportEntity>> OfGroupAsync(string groupCode, int year, CancellationToken ct) =>
        (await Rows.ListAsync<GroupReportEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {groupCode} and Year eq {year}"), ct)).Where(r => r.IsReport).ToList();

    /// <summary>Every group's reports of one year: a filtered scan, fine for 24 groups' few reports a year.</summary>
    public async Task<List<GroupReportEntity>> OfYearAsync(int year, CancellationToken ct) =>
        (await Rows.ListAsync<GroupReportEntity>(TableClient.CreateQueryFilter($"Year eq {year}"), ct)).Where(r => r.IsReport).ToList();

    /// <summary>The earlier versions of a report, oldest first.</summary>
    public async Task<List<GroupReportEntity>> VersionsAsync(string groupCode, string id, CancellationToken ct) =>
        (await Rows.ListAsync<GroupReportEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {groupCode} and VersionOf eq {id}"), ct))
            .Where(r => r.RowKey != PendingKey(id)).OrderBy(r => r.Edits).ToList();
}
