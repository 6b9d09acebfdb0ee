using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace LiaisonBot.Features.MassSupervision;

public enum CampaignState
{
    Open,
    Closing,
    Closed,
}

/// <summary>
/// One mass-supervision campaign (a work year's 群众评议). Partition "campaign", row: its id. Which members each group's
/// ballot asks about is fixed when the campaign is made, so every ballot of a group answers the same questions.
/// </summary>
public sealed class CampaignEntity : ITableEntity
{
    public const string Partition = "campaign";

    /// <summary>The question about the group's work as a whole; the others are member codes.</summary>
    public const string GroupQuestion = "group";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int WorkYear { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The first instant ballots are taken (local midnight of the first day) and the first they no longer are.</summary>
    public DateTimeOffset OpensAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }

    /// <summary>Each group and the members its ballot asks about: <c>T01=M001,M002;T02=…</c>.</summary>
    public string Questions { get; set; } = "";

    /// <summary>
    /// The key that hashes this campaign's codes, sealed with the Data Protection key ring: the tables alone cannot
    /// compute a code's hash, so a dump of them cannot be matched against guessed codes.
    /// </summary>
    public byte[] SealedCodeKey { get; set; } = [];

    public int MinBallots { get; set; }
    public string State { get; set; } = nameof(CampaignState.Open);
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string? ClosedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The close that counts: only ballots written by this tally are results (a tally cut short leaves others).</summary>
    public string? TallyId { get; set; }
    public DateTimeOffset? TallyUntil { get; set; }
    public bool SealedErased { get; set; }

    [IgnoreDataMember]
    public string Id => RowKey;

    [IgnoreDataMember]
    public CampaignState Status => Enum.TryParse<CampaignState>(State, out var s) ? s : CampaignState.Open;

    [IgnoreDataMember]
    public IReadOnlyList<string> GroupCodes => QuestionMap.Keys.ToList();

    /// <summary>The members a group's ballot asks about, in ballot order.</summary>
    public IReadOnlyList<string> MembersOf(string group) => QuestionMap.TryGetValue(group, out var members) ? members : [];

    /// <summary>The question ids of a group's ballot: the group first, then its members.</summary>
    public IReadOnlyList<string> QuestionsOf(string group) => [GroupQuestion, .. MembersOf(group)];

    public bool TakesBallots(DateTimeOffset now) => Status == CampaignState.Open && OpensAt <= now && now < EndsAt;

    public static string FormatQuestions(IEnumerable<(string Group, IEnumerable<string> Members)> groups) =>
        string.Join(';', groups.Select(g => $"{g.Group}={string.Join(',', g.Members)}"));

    [IgnoreDataMember]
    private Dictionary<string, IReadOnlyList<string>> QuestionMap => Questions.Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(g => g.Split('=', 2))
        .ToDictionary(p => p[0], p => (IReadOnlyList<string>)(p.Length > 1 ? p[1].Split(',', StringSplitOptions.RemoveEmptyEntries) : []),
            StringComparer.OrdinalIgnoreCase);
}
