using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.MassSupervision.Ballots;

/// <summary>
/// The anonymous ballots of closed campaigns: partition campaign|group, a random row key, the answers and the
/// suggestion, and which tally wrote them. No code, hash, batch, address or time of casting.
/// </summary>
public sealed class BallotStore(Tables tables)
{
    public const string Table = "MassBallots";

    private TableClient Rows => tables[Table];

    public static string Partition(string campaignId, string group) => $"{campaignId}|{group}";

    /// <summary>Writes the ballots in the order given, a group's in transactions of up to 100 (their Timestamps shared).</summary>
    public async Task WriteAsync(string campaignId, string tally, IEnumerable<(string Group, Ballot Ballot)> ballots, CancellationToken ct)
    {
        foreach (var group in ballots.GroupBy(b => b.Group, StringComparer.OrdinalIgnoreCase))
        {
            await Rows.SubmitCheckedAsync(group.Select(b => new TableTransactionAction(TableTransactionActionType.Add, new MassBallotEntity
            {
                PartitionKey = Partition(campaignId, group.Key),
                RowKey = Guid.NewGuid().ToString("N"), // random: the key order says nothing about who or when
                Tally = tally,
                Answers = b.Ballot.Format(),
                Suggestion = b.Ballot.Suggestion,
            })).ToList(), ct);
        }
    }

    /// <summary>The ballots of the tally that counts, for one group.</summary>
    public async Task<List<MassBallotEntity>> ReadAsync(CampaignEntity campaign, string group, CancellationToken ct) =>
        (await Rows.ListAsync<MassBallotEntity>(b => b.PartitionKey == Partition(campaign.Id, group), ct)).Where(b => b.Tally == campaign.TallyId).ToList();

    /// <summary>Deletes ballots that a tally cut short wrote (any tally but <paramref name="keep"/>).</summary>
    public async Task DeleteOtherTalliesAsync(CampaignEntity campaign, string? keep, CancellationToken ct)
    {
        foreach (var group in campaign.GroupCodes)
        {
            var stale = (await Rows.ListAsync<MassBallotEntity>(b => b.PartitionKey == Partition(campaign.Id, group), ct, select: ["PartitionKey", "RowKey", "Tally"]))
                .Where(b => b.Tally != keep).ToList();
            await Rows.DeleteAllAsync(stale, ct);
        }
    }
}

public sealed class MassBallotEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public Azure.ETag ETag { get; set; }

    public string Tally { get; set; } = "";
    public string Answers { get; set; } = "";
    public string? Suggestion { get; set; }
}
