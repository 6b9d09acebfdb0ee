using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>
/// A member's computed points for a year. Partition: the year, so the secretariat's view of every member and the export are
/// one partition read however many years of history the committee keeps; row: the member code, so a member's own file is
/// one point read. The figures lists filter on are columns; the explanation (every line) is JSON beside them, split over
/// up to eight properties because one string property holds at most 64 KB.
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
    public string? Points1 { get; set; }
    public string? Points2 { get; set; }
    public string? Points3 { get; set; }
    public string? Points4 { get; set; }
    public string? Points5 { get; set; }
    public string? Points6 { get; set; }
    public string? Points7 { get; set; }
    public DateTimeOffset ComputedAt { get; set; }

    public string MemberCode => RowKey;

    public MemberPoints Read() => JsonSerializer.Deserialize<MemberPoints>(string.Concat(Points, Points1, Points2, Points3, Points4, Points5, Points6, Points7))!;

    /// <summary>Stores the points' JSON in as many of the eight properties as it needs.</summary>
    public void Write(string json)
    {
        var parts = LongText.Split(json, 8);
        (Points, Points1, Points2, Points3, Points4, Points5, Points6, Points7) =
            (parts[0]!, parts[1], parts[2], parts[3], parts[4], parts[5], parts[6], parts[7]);
    }
}

/// <summary>Computed points, a year to a partition.</summary>
public sealed class DutyPointsStore(Tables tables)
{
    public const string Table = "DutyPoints";

    private const int MaxChars = 8 * LongText.CharsPerProperty;

    // Chinese titles as they are, not as \uXXXX escapes six times their length: the JSON is only ever read back by us.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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

    public static DutyPointsEntity Row(int year, string memberCode, string groupCode, MemberPoints points, int waiting, DateTimeOffset at)
    {
        var row = new DutyPointsEntity
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
            ComputedAt = at,
        };
        row.Write(Fitting(points));
        return row;
    }

    /// <summary>
    /// The points as JSON within the row's room: whole when they fit (about 1,500 lines), else the newest lines that fit,
    /// the rest counted in <see cref="MemberPoints.LinesLeftOut"/>. The totals always come from every line.
    /// </summary>
    private static string Fitting(MemberPoints points)
    {
        var json = JsonSerializer.Serialize(points, Json);
        for (var keep = points.Lines.Count * 3 / 4; json.Length > MaxChars; keep = keep * 3 / 4)
        {
            var newest = points.Lines.OrderByDescending(l => l.Date).Take(keep).ToList();
            json = JsonSerializer.Serialize(points with { Lines = newest, LinesLeftOut = points.Lines.Count - newest.Count }, Json);
        }

        return json;
    }

    private static readonly string[] Summary =
        ["PartitionKey", "RowKey", "GroupCode", "Total", "Provisional", "Grade", "GradeEnglish", "MinimumsMet", "Waiting", "ComputedAt"];

    private static string Partition(int year) => year.ToString(CultureInfo.InvariantCulture);
}
