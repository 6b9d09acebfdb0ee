using Azure;
using Azure.Data.Tables;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>Where a group's self-evaluation stands.</summary>
public enum SelfEvaluationState
{
    NotStarted,
    Draft,
    Submitted,
}

/// <summary>
/// A group's assessment of a year. Partition: the year, so the ranking, the review list and the export are one
/// partition read however many years are kept; row: the group code. The computed figures (with the records behind
/// them) are JSON over up to four properties, written apart from what people entered (<see cref="AssessmentStore.SaveFiguresAsync"/>)
/// so a recomputation never overwrites a claim. After approval nothing here changes: it is the frozen result.
/// </summary>
public sealed class GroupAssessmentEntity : ITableEntity
{
    public const int FigureProperties = 4;

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? Figures { get; set; }
    public string? Figures1 { get; set; }
    public string? Figures2 { get; set; }
    public string? Figures3 { get; set; }
    public DateTimeOffset? FiguresAt { get; set; }

    /// <summary>JSON of each part of <see cref="GroupEntries"/>.</summary>
    public string Claims { get; set; } = "{}";
    public string Bonus { get; set; } = "[]";
    public string Entered { get; set; } = "{}";
    public string Adjustments { get; set; } = "{}";

    public string SelfState { get; set; } = nameof(SelfEvaluationState.NotStarted);
    public string? SavedBy { get; set; }
    public DateTimeOffset? SavedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>Set when the secretariat marks the group's review done.</summary>
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>The result as approved: total, rank and commendation, so the published ranking is read without recomputing.</summary>
    public double? FinalTotal { get; set; }
    public int? FinalRank { get; set; }
    public bool Commended { get; set; }

    public string GroupCode => RowKey;

    public SelfEvaluationState Self => Enum.TryParse<SelfEvaluationState>(SelfState, out var s) ? s : SelfEvaluationState.NotStarted;

    public GroupFigures? ReadFigures() => Figures is null ? null : AssessmentJson.Read<GroupFigures>(string.Concat(Figures, Figures1, Figures2, Figures3));

    public GroupEntries ReadEntries() => new(
        AssessmentJson.Read<Dictionary<string, Claim>>(Claims) ?? [],
        AssessmentJson.Read<List<BonusEntry>>(Bonus) ?? [],
        AssessmentJson.Read<Dictionary<string, decimal>>(Entered) ?? [],
        AssessmentJson.Read<Dictionary<string, Adjustment>>(Adjustments) ?? []);

    public void Write(GroupEntries entries)
    {
        Claims = AssessmentJson.Write(entries.Claims);
        Bonus = AssessmentJson.Write(entries.Bonus);
        Entered = AssessmentJson.Write(entries.Entered);
        Adjustments = AssessmentJson.Write(entries.Adjustments);
    }

    /// <summary>
    /// The figures' columns alone, for a merge that leaves everything people entered as it is. Unused parts are written
    /// empty, not left out, so a shorter JSON never ends with the tail of a longer one.
    /// </summary>
    public static TableEntity FiguresOnly(string partition, string row, GroupFigures figures)
    {
        var parts = LongText.Split(AssessmentJson.Write(figures), FigureProperties);
        return new TableEntity(partition, row)
        {
            [nameof(Figures)] = parts[0],
            [nameof(Figures1)] = parts[1] ?? "",
            [nameof(Figures2)] = parts[2] ?? "",
            [nameof(Figures3)] = parts[3] ?? "",
            [nameof(FiguresAt)] = figures.ComputedAt,
        };
    }
}
