using System.Net;
using Azure.Data.Tables;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiaisonBot.Tests.Outbox;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>
/// One bot instance as far as the outbox is concerned: storage, the connector's services and AddOutbox, in a generic host
/// on a real Azurite, calling a fake Bot Framework. Several hosts on one <see cref="Prefix"/> are several instances on one
/// storage account. Delays are shrunk so tests take seconds; rate limits stay Teams' own unless a test changes them.
/// </summary>
public sealed class OutboxHost : IAsyncDisposable
{
    private readonly IHost host;
    private bool stopped;

    private OutboxHost(IHost host, string prefix)
    {
        this.host = host;
        Prefix = prefix;
    }

    public string Prefix { get; }

    public IServiceProvider Services => this.host.Services;

    public Outbox Outbox => Services.GetRequiredService<Outbox>();

    /// <summary>Fast settings for tests; <paramref name="settings"/> override them.</summary>
    public static Dictionary<string, string?> FastSettings() => new()
    {
        ["Outbox:AppRatePerSecond"] = "500",
        ["Outbox:PollInterval"] = "00:00:00.020",
        ["Outbox:RetryBaseDelay"] = "00:00:00.020",
        ["Outbox:RetryMaxDelay"] = "00:00:00.100",
        ["Outbox:RecheckInterval"] = "00:00:00.100",
        ["Outbox:CancelCheckInterval"] = "00:00:00.050",
        ["Outbox:ClaimTimeout"] = "00:00:30",
        ["Outbox:SendTimeout"] = "00:00:10",
        ["Outbox:VisibilityTimeout"] = "00:00:30",
        ["Outbox:ChunkSize"] = "25",
    };

    /// <summary><paramref name="services"/> adds to the instance's services (e.g. an outbox hook).</summary>
    public static async Task<OutboxHost> StartAsync(
        FakeBotFramework fake, string? prefix = null, IDictionary<string, string?>? settings = null, TimeProvider? time = null,
        Action<IServiceCollection>? services = null)
    {
        prefix ??= TestStorage.NewPrefix();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(fake.Configuration)
            .AddInMemoryCollection(TestStorage.Settings(prefix))
            .AddInMemoryCollection(FastSettings())
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.Configure<BotOptions>(builder.Configuration);
        builder.Services.AddBotConnector();
        builder.Services.TrustFakeBotFramework(fake);
        builder.Services.AddOutbox(builder.Configuration);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new OutboxHost(host, prefix);
    }

    /// <summary>Stops the instance as a host shutdown would (calls in flight finish unless the shutdown timeout runs out).</summary>
    public async Task StopAsync()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        await this.host.StopAsync();
    }

    /// <summary>
    /// Stops the instance as a crash would, as far as a test can: the shutdown has no time at all, so calls in flight are
    /// cut off and nothing is handed back.
    /// </summary>
    public async Task CrashAsync()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        await this.host.StopAsync(new CancellationToken(canceled: true));
    }

    /// <summary>Polls until nothing of the job is Queued.</summary>
    public async Task<OutboxProgress> WaitForCompletionAsync(string jobId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var progress = await Outbox.ProgressAsync(jobId, CancellationToken.None);
            if (progress is { Total: > 0, IsComplete: true })
            {
                return progress;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Job {jobId} did not complete: {progress}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Polls until <paramref name="done"/> holds.</summary>
    public static Task WaitUntilAsync(Func<bool> done, TimeSpan? timeout = null, string what = "the condition") =>
        WaitUntilAsync(() => Task.FromResult(done()), timeout, what);

    public static async Task WaitUntilAsync(Func<Task<bool>> done, TimeSpan? timeout = null, string what = "the condition")
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The job's delivery rows as stored, for checks the public records do not show (claims, who sent).</summary>
    internal async Task<List<DeliveryEntity>> RowsAsync(string jobId) =>
        await Services.GetRequiredService<OutboxStore>().AllAsync(jobId, null, CancellationToken.None);

    internal TableClient Table(string name) => Services.GetRequiredService<Tables>()[name];

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        this.host.Dispose();
    }
}

/// <summary>Jobs and recipients for the tests: one 1:1 chat per recipient unless a test shares one.</summary>
public static class TestJobs
{
    public static Activity Card(string text) => new()
    {
        Type = ActivityTypes.Message,
        Attachments =
        [
            new Attachment
            {
                ContentType = "application/vnd.microsoft.card.adaptive",
                Content = new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text, wrap = true } } },
            },
        ],
    };

    /// <summary>The text of a card message as the fake received it.</summary>
    public static string Text(System.Text.Json.Nodes.JsonNode message) => message["attachments"]![0]!["content"]!["body"]![0]!["text"]!.ToString();

    public static Dictionary<string, Activity> Payloads() => new()
    {
        ["zh-CN"] = Card("通知：全体委员下周一上午九点开会。"),
        ["en"] = Card("Notice: all members meet next Monday at 9."),
    };

    public static string Conversation(int i) => $"a:1outbox-{i:D5}";

    /// <summary>Recipients M00000…, each in its own chat; every third reads English.</summary>
    public static List<OutboxRecipient> Recipients(FakeBotFramework fake, int count, int from = 0) =>
        [.. Enumerable.Range(from, count).Select(i => new OutboxRecipient($"M{i:D5}", fake.ServiceUrl, Conversation(i), i % 3 == 0 ? "en" : "zh-CN"))];

    public static OutboxJob Send(FakeBotFramework fake, int count, string? jobId = null, DateTimeOffset? notBefore = null) =>
        new(jobId ?? "job-" + Guid.NewGuid().ToString("N")[..8], DeliveryKind.Send, Payloads(), Recipients(fake, count), notBefore);

    /// <summary>Successful POSTs (201) per conversation: 1 everywhere means nobody lost, nobody twice.</summary>
    public static Dictionary<string, int> Posted(FakeBotFramework fake) => fake.CountByConversation(HttpStatusCode.Created);
}
