using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LiaisonBot.Storage;

/// <summary>Readiness: the tables answer.</summary>
internal sealed class StorageHealthCheck(Tables tables) : IHealthCheck
{
    public const string Name = "storage";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct) =>
        StorageProbe.RunAsync("table storage", tables.PingAsync, ct);
}
