using System.Diagnostics;

namespace LiaisonBot.Telemetry;

/// <summary>
/// The bot's one ActivitySource and one Meter name. With no exporter configured nothing listens to either, so a span is
/// never created and a counter's Add returns at once: the hot path pays nothing for them.
/// </summary>
public static class BotTelemetry
{
    public const string Name = "LiaisonBot";

    /// <summary>The <c>service.name</c> every span and metric is exported under.</summary>
    public const string ServiceName = "liaisonbot";

    /// <summary>The Azure SDK's switch for spans through ActivitySource "Azure.*"; it reads it once, on first use.</summary>
    public const string AzureSpansSwitch = "Azure.Experimental.EnableActivitySource";

    public static ActivitySource Source { get; } = new(Name);

    /// <summary>True once telemetry is registered: only then do the storage clients open a span per call.</summary>
    public static bool AzureSpans => AppContext.TryGetSwitch(AzureSpansSwitch, out var on) && on;
}
