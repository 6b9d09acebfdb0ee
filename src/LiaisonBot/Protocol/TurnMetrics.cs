using System.Diagnostics;
using System.Diagnostics.Metrics;
using LiaisonBot.Telemetry;

namespace LiaisonBot.Protocol;

/// <summary>
/// The turn's instruments on meter <c>LiaisonBot</c>: turns by activity type and outcome, turn errors by exception type,
/// turn duration. <see cref="Start"/> begins a turn's span and clock.
/// </summary>
public sealed class TurnMetrics
{
    public const string Turns = "liaisonbot.turns";
    public const string Errors = "liaisonbot.turn.errors";
    public const string Duration = "liaisonbot.turn.duration";

    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    };

    public TurnMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(BotTelemetry.Name);
        TurnCount = meter.CreateCounter<long>(Turns, description: "Activities received, by activity type and outcome.");
        ErrorCount = meter.CreateCounter<long>(Errors, description: "Turns whose handler failed, by activity type and exception type.");
        Time = meter.CreateHistogram(Duration, "s", "Time from the request's arrival to the answer, by activity type and outcome.", advice: Seconds);
    }

    internal Counter<long> TurnCount { get; }

    internal Counter<long> ErrorCount { get; }

    internal Histogram<double> Time { get; }

    /// <summary>The turn's span (none when nothing listens) and its start.</summary>
    internal TurnTrace Start() => new(this, BotTelemetry.Source.StartActivity(TurnTrace.SpanName), Stopwatch.GetTimestamp());
}
