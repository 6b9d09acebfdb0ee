using Azure;
using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Scoring.Ballots;

/// <summary>The opened, anonymous ballots of closed rounds: what results and the export are computed from.</summary>
public sealed class BallotStore(Tables tables)
{
    public const string Table = "ScoringBallots";

    private TableClient Rows => tables[Table];

    /// <summary>Writes the ballots in the order given, in transactions of up to 100 (one partition).</summary>
    public Task WriteAsync(string partition, IEnumerable<(string Group, Scores Scores)> ballots, CancellationToken ct) =>
        Rows.SubmitCheckedAsync(ballots.Select(b => new TableTransactionAction(TableTransactionActionType.Add, new BallotEntity
        {
            PartitionKey = partition,
            RowKey = Guid.NewGuid().ToString("N"), // random (version 4): the key order says nothing about who or when
            Group = b.Group,
            Ideas = b.Scores.Ideas,
            Measures = b.Scores.Measures,
            Methods = b.Scores.Methods,
            Effect = b.Scores.Effect,
        })).ToList(), ct);

    public Task<List<BallotEntity>> ReadAsync(string partition, CancellationToken ct) => Rows.ListAsync<BallotEntity>(b => b.PartitionKey == partition, ct);

    /// <summary>Deletes the ballots of every tally of the round except <paramref name="keep"/> (tallies that did not finish).</summary>
    public async Task DeleteOtherTalliesAsync(string roundId, string? keep, CancellationToken ct)
    {
        var prefix = roundId + ".";
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {BallotBoxKeys.After(prefix)}");
        var stale = (await Rows.ListAsync<BallotEntity>(filter, ct, select: ["PartitionKey", "RowKey"])).Where(r => r.PartitionKey != keep);
        foreach (var partition in stale.GroupBy(r => r.PartitionKey))
        {
            await Rows.DeleteAllAsync(partition, ct);
        }
    }
}
