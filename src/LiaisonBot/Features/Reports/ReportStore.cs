using Azure;
using Azure.Data.Tables;
using LiaisonBot.App;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Reports;

/// <summary>
/// Reports in one table, partitioned by author: a member's own list is one partition read. Every write that lands is
/// announced to <see cref="RecordChanges"/>, so the figures built from reports follow.
/// </summary>
public sealed class ReportStore(Tables tables, RecordChanges changes)
{
    public const string Table = "Reports";

    private TableClient Rows => tables[Table];

    /// <summary>Stores a new report; if the same form was submitted before, returns what was stored then.</summary>
    public async Task<(ReportEntity Report, bool Created)> CreateAsync(ReportEntity report, CancellationToken ct)
    {
        if (!await Rows.TryAddCheckedAsync(report, ct))
        {
            return (await FindAsync(report.PartitionKey, report.RowKey, ct) ?? throw new InvalidOperationException("Report vanished after a conflict."), false);
        }

        changes.Changed(report.WorkYear, report.GroupCode);
        return (report, true);
    }

    /// <summary>The author's report; null when there is none or <paramref name="id"/> is null (a card sent no valid id).</summary>
    public async Task<ReportEntity?> FindAsync(string authorCode, string? id, CancellationToken ct)
    {
        if (id is null)
        {
            return null;
        }

        var response = await Rows.GetEntityIfExistsAsync<ReportEntity>(authorCode, id, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Replaces the report if it still has <paramref name="ifMatch"/>; false if someone changed it first.</summary>
    public async Task<bool> TryReplaceAsync(ReportEntity report, ETag ifMatch, CancellationToken ct)
    {
        if (!await Rows.TryUpdateCheckedAsync(report, ifMatch, ct))
        {
            return false;
        }

        changes.Changed(report.WorkYear, report.GroupCode);
        return true;
    }

    public Task<List<ReportEntity>> ByAuthorAsync(string authorCode, int workYear, CancellationToken ct, IEnumerable<string>? columns = null) =>
        Rows.ListAsync<ReportEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {authorCode} and WorkYear eq {workYear}"), ct, columns);

    /// <summary>
    /// A year's reports by these authors, wherever they were filed (a member who moved group brings their year along):
    /// one filtered query per 14 authors, as Azure allows at most 15 comparisons in a filter.
    /// </summary>
    public async Task<List<ReportEntity>> ByAuthorsAsync(int workYear, IReadOnlyList<string> authorCodes, CancellationToken ct)
    {
        var reports = new List<ReportEntity>();
        foreach (var chunk in authorCodes.Chunk(14))
        {
            var authors = string.Join(" or ", chunk.Select(code => TableClient.CreateQueryFilter($"PartitionKey eq {code}")));
            reports.AddRange(await Rows.ListAsync<ReportEntity>($"WorkYear eq {workYear} and ({authors})", ct));
        }

        return reports;
    }

    /// <summary>A year's reports, of one group or all: a filtered scan, fine for one committee's few thousand a year.</summary>
    public Task<List<ReportEntity>> ByYearAsync(int workYear, string? groupCode, CancellationToken ct, IEnumerable<string>? columns = null) =>
        Rows.ListAsync<ReportEntity>(groupCode is null
            ? TableClient.CreateQueryFilter($"WorkYear eq {workYear}")
            : TableClient.CreateQueryFilter($"WorkYear eq {workYear} and GroupCode eq {groupCode}"), ct, columns);
}
