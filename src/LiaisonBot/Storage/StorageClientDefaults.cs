using Azure.Core;
using LiaisonBot.Telemetry;

namespace LiaisonBot.Storage;

public static class StorageClientDefaults
{
    /// <summary>
    /// The settings every storage client (tables, queues, the key ring's blobs) uses. The SDK already retries 408/429/500/502/503/504 and
    /// socket errors; we bound it so a user waits seconds, not minutes. Per-request logging and tracing scopes cost more
    /// CPU than the insert itself on a busy 2-core host; our own logs record failures. Spans only when an exporter is
    /// configured (README "Observability"), and then through ActivitySource "Azure.*".
    /// </summary>
    public static T Apply<T>(T options) where T : ClientOptions
    {
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        options.Diagnostics.IsLoggingEnabled = false;
        options.Diagnostics.IsDistributedTracingEnabled = BotTelemetry.AzureSpans;
        return options;
    }
}
