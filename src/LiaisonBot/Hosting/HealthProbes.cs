using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LiaisonBot.Hosting;

/// <summary>
/// The hosting platform's probes, anonymous and quick: <c>/health/ready</c> (storage answers: send traffic here) and
/// <c>/health/live</c> (no background loop is stuck: else restart the instance). Each answers 200 or 503 with every
/// check's status and a short reason of ours, never an exception's message (storage's name the account's URL).
/// </summary>
public static class HealthProbes
{
    /// <summary>The tag of the checks readiness runs; features that need a dependency to serve add theirs with it.</summary>
    public const string Ready = "ready";

    private const string Live = "live";

    public static IServiceCollection AddHealthProbes(this IServiceCollection services)
    {
        services.TryAddSingleton<Heartbeats>();
        services.AddHealthChecks().AddCheck<LivenessCheck>(LivenessCheck.Name, tags: [Live]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthProbes(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/ready", Only(Ready)).AllowAnonymous();
        app.MapHealthChecks("/health/live", Only(Live)).AllowAnonymous();
        return app;
    }

    private static HealthCheckOptions Only(string tag) => new()
    {
        Predicate = check => check.Tags.Contains(tag),
        ResponseWriter = WriteAsync,
    };

    private static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), reason = e.Value.Description }),
        }, JsonSerializerOptions.Web);
}
