using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>A year's points rules as loaded: the rules as JSON, and who loaded which file when.</summary>
public sealed class PointsRulesEntity : ITableEntity
{
    public const string Row = "rules";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Rules { get; set; } = "";
    public string FileName { get; set; } = "";
    public string LoadedBy { get; set; } = "";
    public DateTimeOffset LoadedAt { get; set; }

    public PointsRules Read() => JsonSerializer.Deserialize<PointsRules>(Rules)!;
}

/// <summary>The rules of each work year, one row a year: loading a workbook again replaces them.</summary>
public sealed class PointsRulesStore(Tables tables)
{
    public const string Table = "PointsRules";

    private TableClient Rows => tables[Table];

    public async Task<PointsRules?> FindAsync(int year, CancellationToken ct) =>
        (await FindEntityAsync(year, ct))?.Read();

    public async Task<PointsRulesEntity?> FindEntityAsync(int year, CancellationToken ct)
    {
        var response = await Rows.GetEntityIfExistsAsync<PointsRulesEntity>(Partition(year), PointsRulesEntity.Row, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Stores the rules; false when the year already had exactly these rules (nothing to recompute).</summary>
    public async Task<bool> SaveAsync(PointsRules rules, string fileName, string loadedBy, DateTimeOffset at, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(rules);
        if ((await FindEntityAsync(rules.Year, ct))?.Rules == json)
        {
            return false;
        }

        await Rows.UpsertCheckedAsync(new PointsRulesEntity { PartitionKey = Partition(rules.Year), Rules = json, FileName = fileName, LoadedBy = loadedBy, LoadedAt = at }, ct);
        return true;
    }

    private static string Partition(int year) => year.ToString(CultureInfo.InvariantCulture);
}
