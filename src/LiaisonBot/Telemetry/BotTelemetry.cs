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

    public static ActivitySource Source { get; } = new(Name);
}
