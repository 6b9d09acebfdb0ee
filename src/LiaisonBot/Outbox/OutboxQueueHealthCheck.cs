using LiaisonBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LiaisonBot.Outbox;

/// <summary>Readiness: the outbox queue answers (an account may serve tables and not queues, or a firewall one of them).</summary>
internal sealed class OutboxQueueHealthCheck(OutboxQueue queue) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct) =>
        StorageProbe.RunAsync("the outbox queue", queue.CountAsync, ct);
}
