using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace LiaisonBot.Features.Scoring.Ballots;

/// <summary>
/// The ballot box of a round (table ScoringBallotBox, partition: the round id) holds three kinds of row, side by side
/// so that one transaction can touch them together: the gate, each scorer's sealed scores, and who has scored what.
/// </summary>
public static class BallotBoxKeys
{
    public const string Gate = "gate";
    public const string SealedPrefix = "s.";
    public const string ParticipationPrefix = "p.";

    public static string Sealed(string scorer) => SealedPrefix + scorer;

    public static string Participation(string scorer, string group) => $"{ParticipationPrefix}{scorer}.{group}";

    /// <summary>The first key after every key that starts with <paramref name="prefix"/> ('.' + 1 = '/').</summary>
    public static string After(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}

/// <summary>
/// Open or closed for scores. Every save rewrites it with the ETag it read, in the same transaction as the sealed
/// scores; closing rewrites it too. So once the round is closed, no save can slip in after the tally read the box.
/// </summary>
public sealed class GateEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = BallotBoxKeys.Gate;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public bool Open { get; set; }
}

/// <summary>A scorer's current scores for every group, encrypted with the round's key (see <see cref="ScoreSeal"/>); erased at close.</summary>
public sealed class SealedEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public byte[] Sealed { get; set; } = [];

    [IgnoreDataMember]
    public string Scorer => RowKey[BallotBoxKeys.SealedPrefix.Length..];
}

/// <summary>
/// "This scorer has scored this group": insert-only, so storage refuses a second one. Holds no score, and is written
/// when the scorer first saves that group, long before any ballot exists.
/// </summary>
public sealed class ParticipationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    [IgnoreDataMember]
    public string Scorer => RowKey[BallotBoxKeys.ParticipationPrefix.Length..RowKey.LastIndexOf('.')];

    [IgnoreDataMember]
    public string Group => RowKey[(RowKey.LastIndexOf('.') + 1)..];
}

/// <summary>
/// One anonymous ballot: a group and its four scores, nothing else. Written only at close, shuffled, in batches, under a
/// random row key (table ScoringBallots, partition: round id + tally id).
/// </summary>
public sealed class BallotEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Group { get; set; } = "";
    public int Ideas { get; set; }
    public int Measures { get; set; }
    public int Methods { get; set; }
    public int Effect { get; set; }

    [IgnoreDataMember]
    public Scores Scores => new(Ideas, Measures, Methods, Effect);
}
