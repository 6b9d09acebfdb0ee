using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LiaisonBot.Hosting;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace LiaisonBot.Tests.Hosting;

/// <summary>The platform's probes: readiness follows storage, liveness names a background loop that stopped turning.</summary>
public sealed class HealthProbeTests
{
    [Fact]
    public async Task Ready_IsOk_WhenTablesAndQueueAnswer()
    {
        await using var host = await BotHost.StartAsync();

        var (status, body) = await GetAsync(host, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", (string?)body["status"]);
        Assert.Equal(["outbox queue", "storage"], Checks(body).Select(c => (string)c["name"]!).Order());
        Assert.All(Checks(body), c => Assert.Equal("Healthy", (string?)c["status"]));
    }

    [Fact]
    public async Task Ready_Is503_Quickly_WhenTheTablesAreUnreachable_AndTellsNoAddress()
    {
        var tablePort = int.Parse(Regex.Match(TestStorage.ConnectionString, @"TableEndpoint=http://127\.0\.0\.1:(\d+)").Groups[1].Value);
        await using var relay = new TcpRelay(tablePort);
        var viaRelay = TestStorage.ConnectionString.Replace($"127.0.0.1:{tablePort}", $"127.0.0.1:{relay.Port}");
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["Storage:ConnectionString"] = viaRelay });

        relay.Cut();
        var watch = Stopwatch.StartNew();
        var response = await host.Client.GetAsync("/health/ready");
        var text = await response.Content.ReadAsStringAsync();
        watch.Stop();
        relay.Restore();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(6), $"the probe took {watch.Elapsed}");
        var checks = Checks(JsonNode.Parse(text)!).ToDictionary(c => (string)c["name"]!);
        Assert.Equal("Unhealthy", (string?)checks["storage"]["status"]);
        Assert.StartsWith("table storage ", (string?)checks["storage"]["reason"]);
        Assert.Equal("Healthy", (string?)checks["outbox queue"]["status"]);
        Assert.DoesNotContain("127.0.0.1", text);
        Assert.DoesNotContain("http", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Live_IsOk_WhenEveryLoopTurns()
    {
        await using var host = await BotHost.StartAsync();

        var (status, body) = await GetAsync(host, "/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", (string?)Assert.Single(Checks(body))["status"]);
    }

    [Fact]
    public async Task Live_Is503_NamingTheLoopStuckInAPass_NotTheOneThatTurns()
    {
        var clock = new ShiftedClock();
        await using var host = await BotHost.StartAsync(services: services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddHostedService<StuckLoop>();
            services.AddHostedService<TurningLoop>();
        });
        await Eventually.HoldsAsync(() => StuckLoop.Entered.Task.IsCompleted, "the stuck loop's first pass began");

        // Past three of its intervals and the margin: a loop that turns has beaten again since, the stuck one has not.
        clock.Offset = Heartbeats.Margin + TimeSpan.FromSeconds(10);
        string? reason = null;
        await Eventually.HoldsAsync(async () =>
        {
            var (status, body) = await GetAsync(host, "/health/live");
            reason = (string?)Assert.Single(Checks(body))["reason"];
            return status == HttpStatusCode.ServiceUnavailable && reason!.Contains(nameof(StuckLoop)) && !reason.Contains(nameof(TurningLoop));
        }, "liveness names the stuck loop and only it among the test's loops");
        Assert.StartsWith("stuck: ", reason);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(BotHost host, string path)
    {
        var response = await host.Client.GetAsync(path);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static IEnumerable<JsonNode> Checks(JsonNode body) => body["checks"]!.AsArray().Select(c => c!);

    private sealed class StuckLoop(TimeProvider clock, Heartbeats heartbeats, ILogger<StuckLoop> log) : PeriodicService(clock, heartbeats, log)
    {
        public static readonly TaskCompletionSource Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override TimeSpan Interval => TimeSpan.FromMilliseconds(50);

        protected override string Work => "Waiting for ever";

        protected override async Task RunOnceAsync(CancellationToken ct)
        {
            Entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        }
    }

    private sealed class TurningLoop(TimeProvider clock, Heartbeats heartbeats, ILogger<TurningLoop> log) : PeriodicService(clock, heartbeats, log)
    {
        protected override TimeSpan Interval => TimeSpan.FromMilliseconds(50);

        protected override string Work => "Nothing";

        protected override Task RunOnceAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
