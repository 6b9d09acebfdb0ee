using System.Reflection;
using System.Runtime.CompilerServices;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LiaisonBot.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>The OTLP collector's address (the SDK's own setting; OTEL_EXPORTER_OTLP_PROTOCOL and the rest apply too).</summary>
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The Application Insights resource's connection string, for Azure Monitor.</summary>
    public const string AzureMonitorConnection = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Exports traces and metrics to OTLP and/or Azure Monitor, each when its setting is there. With neither, the
    /// OpenTelemetry SDK is not registered at all: nothing listens to the bot's spans and instruments, so they cost nothing.
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = builder.Configuration[OtlpEndpoint];
        var azureMonitor = builder.Configuration[AzureMonitorConnection];
        if (!string.IsNullOrWhiteSpace(otlp) || !string.IsNullOrWhiteSpace(azureMonitor))
        {
            Export(builder, otlp, azureMonitor);
        }

        return builder;
    }

    // Apart, and never inlined, so that a bot without an exporter does not even load the OpenTelemetry assemblies (the JIT
    // loads what a method's body names when it compiles it): several MiB of resident memory for nothing.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Export(WebApplicationBuilder builder, string? otlp, string? azureMonitor)
    {
        var telemetry = builder.Services.AddBotTelemetry(builder.Environment.EnvironmentName);
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            if (!Uri.TryCreate(otlp, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
            {
                throw new InvalidOperationException($"{OtlpEndpoint} must be an absolute http(s) URL such as http://collector:4317; got '{otlp}'.");
            }

            telemetry.WithTracing(tracing => tracing.AddOtlpExporter()).WithMetrics(metrics => metrics.AddOtlpExporter());
        }

        if (!string.IsNullOrWhiteSpace(azureMonitor))
        {
            if (!azureMonitor.Contains("InstrumentationKey=", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{AzureMonitorConnection} must be the Application Insights connection string (InstrumentationKey=…;IngestionEndpoint=…).");
            }

            // The exporter per signal, not the UseAzureMonitor distro: the distro adds its own instrumentation, live metrics
            // and log export, which would reach Azure without passing the scrubber. Live metrics off here for the same reason.
            void Configure(AzureMonitorExporterOptions o)
            {
                o.ConnectionString = azureMonitor;
                o.EnableLiveMetrics = false;
            }

            telemetry.WithTracing(tracing => tracing.AddAzureMonitorTraceExporter(Configure))
                .WithMetrics(metrics => metrics.AddAzureMonitorMetricExporter(Configure));
        }
    }

    /// <summary>
    /// The bot's spans (its own, ASP.NET Core's, HttpClient's and the Azure SDK's) and metrics, every span through the
    /// <see cref="PersonalDataScrubber"/>, under service.name liaisonbot. No exporter: add exporters to what this returns,
    /// after this call, so that they come after the scrubber (a test adds an in-memory one).
    /// </summary>
    public static OpenTelemetryBuilder AddBotTelemetry(this IServiceCollection services, string environment)
    {
        // Before any storage client exists: they read it when they are made (StorageClientDefaults), the SDK on first use.
        AppContext.SetSwitch(BotTelemetry.AzureSpansSwitch, true);
        services.AddHostedService<ExceptionRedaction>();
        var version = typeof(BotTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(BotTelemetry.ServiceName, serviceVersion: version)
                .AddAttributes([new("deployment.environment", environment)]))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name, "Azure.*")
                .AddAspNetCoreInstrumentation(o => o.EnrichWithHttpResponse = (span, response) => ServerSpans.UseRoute(span, response.HttpContext))
                .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = (span, request) =>
                {
                    if (request.RequestUri is { } url)
                    {
                        span.SetTag("url.full", UrlRedaction.Reduce(url));
                    }
                })
                .AddProcessor(new PersonalDataScrubber()))
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());
    }
}
