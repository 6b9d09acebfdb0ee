using LiaisonBot.Telemetry;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace LiaisonBot.Tests.Telemetry;

/// <summary>When the bot registers OpenTelemetry at all, and what it refuses.</summary>
[Collection(TelemetryTests.Name)]
public sealed class TelemetryRegistrationTests
{
    [Fact]
    public async Task WithoutExporterSettings_TheSdkIsNotRegistered()
    {
        await using var host = await BotHost.StartAsync();

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task OtlpEndpoint_RegistersTracesAndMetrics_AsLiaisonbot_WithVersionAndEnvironment()
    {
        // Nothing listens on port 9 of loopback: the exporter's sends fail quietly, as with a collector that is down.
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { [TelemetryRegistration.OtlpEndpoint] = "http://127.0.0.1:9" });

        var resource = host.Services.GetRequiredService<TracerProvider>().GetResource().Attributes.ToDictionary(a => a.Key, a => a.Value);
        Assert.NotNull(host.Services.GetService<MeterProvider>());
        Assert.Equal(("liaisonbot", "Testing"), (resource["service.name"], resource["deployment.environment"]));
        Assert.False(string.IsNullOrEmpty(resource["service.version"] as string));
    }

    [Theory]
    [InlineData(TelemetryRegistration.OtlpEndpoint, "collector:4317", "OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http(s) URL")]
    [InlineData(TelemetryRegistration.AzureMonitorConnection, "not-a-connection-string", "APPLICATIONINSIGHTS_CONNECTION_STRING must be the Application Insights connection string")]
    public void MalformedExporterSetting_RefusesToStart_NamingTheSetting(string setting, string value, string message)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseEnvironment("Testing").UseSetting(setting, value));

        var error = Assert.Throws<InvalidOperationException>(() => factory.Services);

        Assert.StartsWith(message, error.Message);
    }
}
