using System.Globalization;
using Azure;
using Azure.Data.Tables;
using LiaisonBot.Features.Assessment.Scheme;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>Where a year's assessment stands.</summary>
public enum AssessmentState
{
    /// <summary>A scheme is loaded; the groups have not been asked yet, and the scheme may still be replaced.</summary>
    Scheme,

    /// <summary>Opened: leaders evaluate their groups until the deadline, the secretariat reviews, figures follow the data.</summary>
    Open,

    /// <summary>Approved by the chairman's meeting: every figure frozen, the results published.</summary>
    Approved,
}

/// <summary>
/// A work year's assessment: its scheme, where it stands, and the chairman's meeting's decision once approved. One
/// partition for every year (a row a year), so the list of assessments is one read.
/// </summary>
public sealed class AssessmentEntity : ITableEntity
{
    public const string Partition = "assessment";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The <see cref="AssessmentScheme"/> as JSON (<see cref="AssessmentJson"/>).</summary>
    public string Scheme { get; set; } = "";
    public string SchemeFile { get; set; } = "";
    public string SchemeBy { get; set; } = "";
    public DateTimeOffset SchemeAt { get; set; }

    public string State { get; set; } = nameof(AssessmentState.Scheme);
    public string? OpenedBy { get; set; }
    public DateTimeOffset? OpenedAt { get; set; }

    /// <summary>How many reminders of the deadline went out, so each is sent once whichever instance sends it.</summary>
    public int Reminders { get; set; }

    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>The chairman's meeting's decision as the secretariat recorded it (主席会议, its number or title).</summary>
    public string? Decision { get; set; }

    /// <summary>The day of that meeting, yyyy-MM-dd.</summary>
    public string? DecisionDate { get; set; }

    public int Year => int.Parse(RowKey, CultureInfo.InvariantCulture);

    public AssessmentState Status => Enum.TryParse<AssessmentState>(State, out var s) ? s : AssessmentState.Scheme;

    public AssessmentScheme ReadScheme() => AssessmentJson.Read<AssessmentScheme>(Scheme)!;

    public static string Row(int year) => year.ToString(CultureInfo.InvariantCulture);
}
