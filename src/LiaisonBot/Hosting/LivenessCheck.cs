using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LiaisonBot.Hosting;

/// <summary>Liveness: every background loop turned recently; otherwise the ones that did not, by name.</summary>
internal sealed class LivenessCheck(Heartbeats heartbeats) : IHealthCheck
{
    public const string Name = "background services";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct) =>
        Task.FromResult(heartbeats.Stuck() is { Count: > 0 } stuck
            ? HealthCheckResult.Unhealthy("stuck: " + string.Join(", ", stuck.Select(s => $"{s.Service} (silent {s.Silence:hh\\:mm\\:ss})")))
            : HealthCheckResult.Healthy("every background loop turned recently"));
}
