using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace LiaisonBot.Features.Scoring;

public enum RoundState
{
    Open,
    Closing,
    Closed,
}

/// <summary>
/// One scoring round. Partition "round", row: the round id. Who may score is fixed when it opens (the Standing
/// Committee then); who took part is public, so it may sit here and in the participation rows. No score ever does.
/// </summary>
public sealed class ScoringRoundEntity : ITableEntity
{
    public const string Partition = "round";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int WorkYear { get; set; }

    /// <summary>Group codes, ';'-separated, in the order the cards show them.</summary>
    public string Groups { get; set; } = "";

    public int MaxIdeas { get; set; }
    public int MaxMeasures { get; set; }
    public int MaxMethods { get; set; }
    public int MaxEffect { get; set; }
    public DateTimeOffset ClosesAt { get; set; }

    /// <summary>k: a group's result is shown only with at least this many ballots.</summary>
    public int MinBallots { get; set; }

    /// <summary>Member codes of the Standing Committee members who score, ';'-separated.</summary>
    public string Scorers { get; set; } = "";

    /// <summary>"code=group" for scorers who lead a group in the round: they do not score it. ';'-separated.</summary>
    public string? OwnGroups { get; set; }

    /// <summary>Scorers the bot could not reach when the round opened (never installed), ';'-separated.</summary>
    public string? NotInstalled { get; set; }

    public string State { get; set; } = nameof(RoundState.Open);
    public string OpenedBy { get; set; } = "";
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The member code of the secretariat staff who closed it, or empty when it closed at its closing date.</summary>
    public string? ClosedBy { get; set; }

    public int Reminders { get; set; }

    /// <summary>The tally in progress or done: its ballots are in partition <see cref="BallotPartition"/>.</summary>
    public string? TallyId { get; set; }

    /// <summary>Until when the instance running the tally holds it; after that another instance takes over.</summary>
    public DateTimeOffset? TallyUntil { get; set; }

    public bool SealedErased { get; set; }

    [IgnoreDataMember]
    public string Id => RowKey;

    [IgnoreDataMember]
    public RoundState Status => Enum.TryParse<RoundState>(State, out var s) ? s : RoundState.Open;

    [IgnoreDataMember]
    public IReadOnlyList<string> GroupCodes => Split(Groups);

    [IgnoreDataMember]
    public IReadOnlyList<string> ScorerCodes => Split(Scorers);

    [IgnoreDataMember]
    public IReadOnlyList<string> NotInstalledCodes => Split(NotInstalled);

    [IgnoreDataMember]
    public IReadOnlyList<int> Maxima => [MaxIdeas, MaxMeasures, MaxMethods, MaxEffect];

    [IgnoreDataMember]
    public int MaxTotal => MaxIdeas + MaxMeasures + MaxMethods + MaxEffect;

    [IgnoreDataMember]
    public string? BallotPartition => TallyId is null ? null : $"{RowKey}.{TallyId}";

    public int Max(Criterion c) => Maxima[(int)c];

    public bool IsScorer(string code) => ScorerCodes.Contains(code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The groups <paramref name="scorer"/> scores: all of the round's, less the one they lead.</summary>
    public IReadOnlyList<string> GroupsFor(string scorer)
    {
        var own = Split(OwnGroups).Select(p => p.Split('=')).Where(p => p.Length == 2 && string.Equals(p[0], scorer, StringComparison.OrdinalIgnoreCase))
            .Select(p => p[1]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return GroupCodes.Where(g => !own.Contains(g)).ToList();
    }

    public bool IsOwnGroup(string scorer, string group) =>
        GroupCodes.Contains(group, StringComparer.OrdinalIgnoreCase) && !GroupsFor(scorer).Contains(group, StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<string> Split(string? list) => (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Names the open round, so storage itself refuses a second open round (insert-only: partition and row "open").</summary>
public sealed class OpenRoundEntity : ITableEntity
{
    public const string Key = "open";

    public string PartitionKey { get; set; } = Key;
    public string RowKey { get; set; } = Key;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string RoundId { get; set; } = "";
}
