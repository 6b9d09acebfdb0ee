using Azure.Data.Tables;
using LiaisonBot.Hosting;
using LiaisonBot.Storage;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Protocol;

/// <summary>How long the inbox remembers a delivery, and how often each instance clears out what it need not remember.</summary>
public sealed class InboxOptions : ICheckedOptions
{
    public const string Section = "Inbox";

    /// <summary>A channel redelivers within minutes of a slow or lost answer; two days is ample and keeps the table small.</summary>
    public TimeSpan Keep { get; set; } = TimeSpan.FromDays(2);

    public TimeSpan PruneEvery { get; set; } = TimeSpan.FromHours(1);

    // Under an hour a slow redelivery could find its row gone and be handled twice.
    public IEnumerable<string> Problems() => Setting.Problems(
        Setting.Between("Inbox:Keep", Keep, TimeSpan.FromHours(1), TimeSpan.FromDays(30)),
        Setting.Between("Inbox:PruneEvery", PruneEvery, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1)));
}

/// <summary>
/// Deletes the inbox's rows (<see cref="InboxDeduplicator"/>) older than <see cref="InboxOptions.Keep"/>, by the time
/// storage wrote them: past that no redelivery comes, and every message would otherwise leave a row for ever. The rows
/// are a partition a conversation, so this is a filtered scan of a table kept to two days; instances pruning at once
/// are harmless, as a row already gone is no error.
/// </summary>
public sealed class InboxPruner(Tables tables, TimeProvider clock, Heartbeats heartbeats, IOptions<InboxOptions> options, ILogger<InboxPruner> log)
    : PeriodicService(clock, heartbeats, log)
{
    private static readonly string[] Keys = ["PartitionKey", "RowKey"];

    protected override TimeSpan Interval => options.Value.PruneEvery;

    protected override string Work => "Pruning the inbox";

    protected override Task RunOnceAsync(CancellationToken ct) => PruneAsync(ct);

    /// <summary>Deletes the rows older than the keep; returns how many there were.</summary>
    public async Task<int> PruneAsync(CancellationToken ct)
    {
        var table = tables[InboxDeduplicator.Table];
        var before = Clock.GetUtcNow() - options.Value.Keep;
        var old = await table.ListAsync<TableEntity>(TableClient.CreateQueryFilter($"Timestamp lt {before}"), ct, Keys);
        foreach (var conversation in old.GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
        {
            await table.DeleteAllAsync(conversation, ct);
        }

        if (old.Count > 0)
        {
            Logger.LogInformation("Inbox pruned: {Rows} deliveries older than {Keep}.", old.Count, options.Value.Keep);
        }

        return old.Count;
    }
}
