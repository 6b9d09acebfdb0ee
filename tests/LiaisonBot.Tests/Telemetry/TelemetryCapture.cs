using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using LiaisonBot.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace LiaisonBot.Tests.Telemetry;

/// <summary>A span as the exporter received it: copied at export time, so a later change to the Activity cannot hide a leak.</summary>
public sealed record ExportedSpan(
    string Source,
    string Name,
    ActivityTraceId TraceId,
    ActivitySpanId SpanId,
    ActivitySpanId ParentSpanId,
    ActivityStatusCode Status,
    string? StatusDescription,
    IReadOnlyDictionary<string, object?> Tags,
    IReadOnlyList<(string Name, IReadOnlyDictionary<string, object?> Tags)> Events)
{
    public object? this[string tag] => Tags.GetValueOrDefault(tag);

    /// <summary>Every text in the span an operator would see, for the sweep.</summary>
    public IEnumerable<string> Texts() =>
        new[] { Name, StatusDescription ?? "" }
            .Concat(Tags.SelectMany(t => new[] { t.Key, $"{t.Value}" }))
            .Concat(Events.SelectMany(e => e.Tags.SelectMany(t => new[] { t.Key, $"{t.Value}" }).Append(e.Name)));
}

/// <summary>
/// What an operator's exporter would receive from a bot: the bot's own telemetry registration (as with
/// OTEL_EXPORTER_OTLP_ENDPOINT set) with an exporter that records spans and metric points in memory instead of sending them.
/// </summary>
public sealed class TelemetryCapture
{
    private readonly ConcurrentQueue<ExportedSpan> spans = new();
    private readonly List<MetricSnapshot> metrics = [];

    // The Azure SDK reads its ActivitySource switch once per process, on first use: other tests' bots use storage before
    // this one registers telemetry, so the switch the bot sets at registration is set here before any of them. (Their
    // storage clients then open spans too; with no listener but this class's, those cost little and go nowhere.)
#pragma warning disable CA2255 // a test assembly's own start-up, not a library's
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void EnableAzureSpans() => AppContext.SetSwitch(BotTelemetry.AzureSpansSwitch, true);

    public IReadOnlyList<ExportedSpan> Spans => [.. this.spans];

    /// <summary>Adds the bot's telemetry with this capture as its exporter (after the bot's own processors).</summary>
    public void Register(IServiceCollection services) =>
        services.AddBotTelemetry("Testing")
            .WithTracing(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(new SpanRecorder(this.spans))))
            .WithMetrics(m => m.AddInMemoryExporter(this.metrics, reader => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = int.MaxValue));

    /// <summary>Collects every instrument now (the only collection: no periodic one) and returns what the exporter got.</summary>
    public IReadOnlyList<MetricSnapshot> Metrics(IServiceProvider services)
    {
        this.metrics.Clear();
        Assert.True(services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        return [.. this.metrics];
    }

    private sealed class SpanRecorder(ConcurrentQueue<ExportedSpan> into) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var span in batch)
            {
                into.Enqueue(new ExportedSpan(
                    span.Source.Name, span.DisplayName, span.TraceId, span.SpanId, span.ParentSpanId, span.Status, span.StatusDescription,
                    span.TagObjects.ToDictionary(t => t.Key, t => t.Value),
                    [.. span.Events.Select(e => (e.Name, (IReadOnlyDictionary<string, object?>)e.Tags.ToDictionary(t => t.Key, t => t.Value)))]));
            }

            return ExportResult.Success;
        }
    }
}
