using System.Diagnostics.Metrics;

namespace LiaisonBot.Outbox;

/// <summary>
/// The outbox's counters (meter <c>LiaisonBot.Outbox</c>), for dashboards and the benchmark: storage round trips by
/// operation, connector calls by outcome, and time every send spent paused by 429s that spread over conversations.
/// </summary>
public sealed class OutboxMetrics
{
    public const string MeterName = "LiaisonBot.Outbox";
    public const string StorageOperations = "liaisonbot.outbox.storage.operations";
    public const string Attempts = "liaisonbot.outbox.attempts";
    public const string Paused = "liaisonbot.outbox.paused";

    private readonly Counter<long> storage;
    private readonly Counter<long> attempts;
    private readonly Counter<double> paused;

    public OutboxMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        this.storage = meter.CreateCounter<long>(StorageOperations, description: "Table and queue round trips, by operation (a batch of up to 100 rows is one).");
        attempts = meter.CreateCounter<long>(Attempts, description: "Connector calls, by outcome.");
        this.paused = meter.CreateCounter<double>(Paused, unit: "s", description: "Pauses of every send after 429s spread over conversations (the app's limit), as long as their Retry-After asked.");
    }

    internal void Storage(string operation) => this.storage.Add(1, new KeyValuePair<string, object?>("operation", operation));

    internal void Attempt(string outcome) => attempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    internal void Pause(TimeSpan length) => this.paused.Add(length.TotalSeconds);
}
