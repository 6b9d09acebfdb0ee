using System.Diagnostics;
using System.Diagnostics.Metrics;
using LiaisonBot.Telemetry;

namespace LiaisonBot.Outbox;

/// <summary>
/// The outbox's instruments on meter <c>LiaisonBot</c>, for dashboards and the benchmark: storage round trips by operation,
/// connector sends by outcome, 429s received, time every send spent paused by 429s that spread over conversations, and
/// the queue's depth.
/// </summary>
public sealed class OutboxMetrics
{
    public const string MeterName = BotTelemetry.Name;
    public const string StorageOperations = "liaisonbot.outbox.storage.operations";
    public const string Sends = "liaisonbot.outbox.sends";
    public const string Throttles = "liaisonbot.outbox.throttled";
    public const string Paused = "liaisonbot.outbox.paused";
    public const string QueueDepth = "liaisonbot.outbox.queue.depth";

    /// <summary>The depth is a storage call: taken at most this often, and only while something reads the gauge.</summary>
    public static readonly TimeSpan DepthInterval = TimeSpan.FromSeconds(30);

    private readonly Counter<long> storage;
    private readonly Counter<long> sends;
    private readonly Counter<long> throttles;
    private readonly Counter<double> paused;
    private readonly ObservableGauge<long> depthGauge;
    private long depth = -1;
    private long nextDepthSample;

    public OutboxMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        this.storage = meter.CreateCounter<long>(StorageOperations, description: "Table and queue round trips, by operation (a batch of up to 100 rows is one).");
        this.sends = meter.CreateCounter<long>(Sends, description: "Connector calls, by outcome: sent, retried (429 or a transient fault), failed, gone (403/404).");
        this.throttles = meter.CreateCounter<long>(Throttles, description: "Connector calls answered 429.");
        this.paused = meter.CreateCounter<double>(Paused, unit: "s", description: "Pauses of every send after 429s spread over conversations (the app's limit), as long as their Retry-After asked.");
        this.depthGauge = meter.CreateObservableGauge(QueueDepth, ObserveDepth, description: $"Work items on the outbox queue (approximate), sampled at most every {DepthInterval.TotalSeconds} s.");
    }

    internal void Storage(string operation) => this.storage.Add(1, new KeyValuePair<string, object?>("operation", operation));

    /// <summary>One connector call's outcome, from the row's state once the outbox has acted on it.</summary>
    internal void Sent(string rowState, bool throttled)
    {
        this.sends.Add(1, new KeyValuePair<string, object?>("outcome", SendOutcome(rowState)));
        if (throttled)
        {
            this.throttles.Add(1);
        }
    }

    internal static string SendOutcome(string rowState) => rowState switch
    {
        RowStates.Delivered => "sent",
        RowStates.NotReachable => "gone",
        RowStates.Failed => "failed",
        _ => "retried",
    };

    internal void Pause(TimeSpan length) => this.paused.Add(length.TotalSeconds);

    /// <summary>Called from the worker's receive loop, which runs anyway: a storage call only when due and listened to.</summary>
    internal async Task SampleDepthAsync(OutboxQueue queue, CancellationToken ct)
    {
        var now = Stopwatch.GetTimestamp();
        if (!this.depthGauge.Enabled || now < Volatile.Read(ref this.nextDepthSample))
        {
            return;
        }

        Volatile.Write(ref this.nextDepthSample, now + (long)(DepthInterval.TotalSeconds * Stopwatch.Frequency));
        try
        {
            Volatile.Write(ref this.depth, await queue.CountAsync(ct));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The gauge keeps its last value; the receive loop reports storage trouble itself.
        }
    }

    private IEnumerable<Measurement<long>> ObserveDepth() =>
        Volatile.Read(ref this.depth) is >= 0 and var value ? [new Measurement<long>(value)] : [];
}
