using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>
/// A member's computed points for a year. Partition: the year, so the secretariat's view of every member and the export are
/// one partition read however many years of history the committee keeps; row: the member code, so a member's own file is
/// one point read. The figures lists filter on are columns; the explanation (every line) is JSON beside them.
/// </summary>
public sealed class DutyPointsEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string GroupCode { get; set; } = "";
    public double Total { get; set; }
    public double Provisional { get; set; }
    public string Grade { get; set; } = "";
    public string GradeEnglish { get; set; } = "";
    public bool MinimumsMet { get; set; }
    public int Waiting { get; set; }
    public string Points { get; set; } = "";
    public DateTimeOffset ComputedAt { get; set; }

    public string MemberCode => RowKey;

    public MemberPoints Read() => JsonSerializer.Deserialize<MemberPoints>(Points)!;
}

/// <summary>Computed points, a year to a partition.</summary>
public sealed class DutyPointsStore(Tables tables)
{
    public const string Table = "DutyPoints";

    private TableClient Rows => tables[Table];

    public async Task<DutyPointsEntity?> FindAsync(int year, string memberCode, CancellationToken ct)
    {
        var response = await Rows.GetEntityIfExistsAsync<DutyPointsEntity>(Partition(year), memberCode, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>The year's rows, of one group or all; the explanation JSON is left out unless asked for.</summary>
    public Task<List<DutyPointsEntity>> OfYearAsync(int year, string? groupCode, bool withLines, CancellationToken ct) =>
        Rows.ListAsync<DutyPointsEntity>(groupCode is null
                ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition(year)}")
                : TableClient.CreateQueryFilter($"PartitionKey eq {Partition(year)} and GroupCode eq {groupCode}"), ct,
            withLines ? null : Summary);

    /// <summary>Replaces the rows of these members (a group's, at most a few dozen): a transaction per 100 rows.</summary>
    public async Task SaveAsync(IReadOnlyList<DutyPointsEntity> rows, CancellationToken ct)
    {
        foreach (var chunk in rows.Chunk(100))
        {
            await Rows.SubmitCheckedAsync([.. chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r))], ct);
        }
    }

    public static DutyPointsEntity Row(int year, string memberCode, string groupCode, MemberPoints points, int waiting, DateTimeOffset at) => new()
    {
        PartitionKey = Partition(year),
        RowKey = memberCode,
        GroupCode = groupCode,
        Total = (double)points.Total,
        Provisional = (double)points.Provisional,
        Grade = points.Grade?.Chinese ?? "",
        GradeEnglish = points.Grade?.English ?? "",
        MinimumsMet = points.MinimumsMet,
        Waiting = waiting,
        Points = JsonSerializer.Serialize(points),
        ComputedAt = at,
    };

    private static readonly string[] Summary =
        ["PartitionKey", "RowKey", "GroupCode", "Total", "Provisional", "Grade", "GradeEnglish", "MinimumsMet", "Waiting", "ComputedAt"];

    private static string Partition(int year) => year.ToString(CultureInfo.InvariantCulture);
}
