using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using LiaisonBot.Features.MassSupervision.Results;

namespace LiaisonBot.Features.MassSupervision.Batches;

/// <summary>
/// A batch of slips for one group and one meeting. Partition: the campaign, row: the batch id. The plain codes are never
/// stored: <see cref="SealedCodes"/> holds them sealed with the Data Protection key ring (purpose per batch) so the
/// secretariat can download the slips again (a printer jam), until the batch is voided or the campaign closes.
/// </summary>
public sealed class BatchEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string GroupCode { get; set; } = "";
    public string Label { get; set; } = "";
    public int Slips { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public byte[]? SealedCodes { get; set; }
    public bool Voided { get; set; }
    public DateTimeOffset? VoidedAt { get; set; }

    /// <summary>
    /// Paper ballots collected for this batch instead, as totals: returned, the group question's answers, and each
    /// member's (<c>M001:S=3;M=2;N=0;U=1|M002:…</c>; a member left out was not entered).
    /// </summary>
    public int? PaperReturned { get; set; }
    public string? PaperAnswers { get; set; }
    public string? PaperMemberAnswers { get; set; }

    [IgnoreDataMember]
    public string CampaignId => PartitionKey;

    [IgnoreDataMember]
    public string Id => RowKey;

    [IgnoreDataMember]
    public IReadOnlyDictionary<string, AnswerCounts> PaperMembers => (PaperMemberAnswers ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries)
        .Select(m => m.Split(':', 2)).Where(m => m.Length == 2)
        .ToDictionary(m => m[0], m => AnswerCounts.Parse(m[1]), StringComparer.OrdinalIgnoreCase);

    public static string FormatMembers(IEnumerable<KeyValuePair<string, AnswerCounts>> members) =>
        string.Join('|', members.Select(m => $"{m.Key}:{m.Value.Format()}"));

    /// <summary>County practice: more ballots back than slips issued voids the batch's count.</summary>
    [IgnoreDataMember]
    public bool Overfilled => PaperReturned > Slips;
}
