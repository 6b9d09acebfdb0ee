using System.Diagnostics;
using System.Globalization;
using System.Net;
using LiaisonBot.Outbox;
using LiaisonBot.OutboxBench;
using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Activity = LiaisonBot.Protocol.Activity;

// The outbox under load: see scripts/bench-outbox.sh, which starts Azurite and builds everything first.
// Usage: LiaisonBot.OutboxBench [recipients=10000] [app rate per second=45] [Retry-After seconds=1]
var count = int.Parse(args.ElementAtOrDefault(0) ?? "10000", CultureInfo.InvariantCulture);
var rate = int.Parse(args.ElementAtOrDefault(1) ?? "45", CultureInfo.InvariantCulture);
var retryAfter = TimeSpan.FromSeconds(int.Parse(args.ElementAtOrDefault(2) ?? "1", CultureInfo.InvariantCulture));
const double ThrottleRate = 0.01, UnavailableRate = 0.005;
const int SharedConversations = 4, PerSharedConversation = 100;

// Teams as the fake plays it: the published per-conversation windows and 50 calls a second for the app, policed with exact
// sliding windows (a call over a limit is answered 429 and counted), plus 1 % 429 with Retry-After and 0.5 % 503 at random.
await using var fake = await FakeBotFramework.StartAsync();
fake.RecordDetail = false;
fake.EnforceLimits(TeamsLimits.Published);
fake.FailAtRates(42, (ThrottleRate, ConnectorFault.Throttled(retryAfter)), (UnavailableRate, ConnectorFault.Unavailable));

var settings = new Dictionary<string, string?>(fake.Configuration)
{
    ["Outbox:AppRatePerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
    ["Outbox:PollInterval"] = "00:00:00.200",
};
// Production starts only with the key ring's certificate (AddStorage sets up the key ring too).
foreach (var (key, value) in TestStorage.Settings(TestStorage.NewPrefix()).Concat(TestCertificates.KeyRingSettings(TestCertificates.SharedPfx)))
{
    settings[key] = value;
}

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", DisableDefaults = true });
builder.Configuration.AddInMemoryCollection(settings);
builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter((category, level) =>
    level >= LogLevel.Error || (level >= LogLevel.Information && category == typeof(Outbox).FullName));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddStorage(builder.Configuration);
builder.Services.Configure<BotOptions>(builder.Configuration);
builder.Services.AddBotConnector();
builder.Services.TrustFakeBotFramework(fake);
builder.Services.AddOutbox(builder.Configuration);
using var host = builder.Build();
using var counter = new StorageCounter();
await host.StartAsync();
var outbox = host.Services.GetRequiredService<Outbox>();

// Everyone in their own 1:1 chat, except four group chats with 100 deliveries each (the per-conversation windows at work).
var recipients = Enumerable.Range(0, count).Select(i => new OutboxRecipient(
    $"M{i:D5}",
    fake.ServiceUrl,
    i < SharedConversations * PerSharedConversation ? $"19:bench-group-{i % SharedConversations}@thread.v2" : $"a:1bench-{i:D5}",
    i % 3 == 0 ? "en" : "zh-CN")).ToList();
var payloads = new Dictionary<string, Activity> { ["zh-CN"] = BenchCard.Create("zh-CN"), ["en"] = BenchCard.Create("en") };
var payloadBytes = payloads.Values.Select(p => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(p, BotJson.Options).Length).ToList();
var job = new OutboxJob("bench-" + Guid.NewGuid().ToString("N")[..8], DeliveryKind.Send, payloads, recipients);

Console.WriteLine($"{count} recipients ({SharedConversations} group chats with {PerSharedConversation} each), payloads {payloadBytes.Min() / 1024}–{payloadBytes.Max() / 1024} KB, " +
    $"app rate {rate}/s, fake: Teams limits, {ThrottleRate:P1} 429 (Retry-After {retryAfter.TotalSeconds:0} s), {UnavailableRate:P1} 503");
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var started = fake.Now;
var clock = Stopwatch.StartNew();
await outbox.EnqueueAsync(job, CancellationToken.None);
var enqueued = clock.Elapsed;
var enqueueOps = counter.StorageTotal;
Console.WriteLine($"enqueued in {enqueued.TotalSeconds:0.0} s with {enqueueOps} storage round trips");

// Watch for completion with the bench's own table client, so the watching is not counted as the outbox's storage work.
var deliveries = new Azure.Data.Tables.TableClient(TestStorage.ConnectionString, settings["Storage:TablePrefix"] + "OutboxDeliveries");
var unfinished = Azure.Data.Tables.TableClient.CreateQueryFilter(
    $"PartitionKey eq {LiaisonBot.Storage.Keys.Escape(job.JobId)} and (State eq {"Queued"} or State eq {"Sending"})");
var lastPrint = TimeSpan.Zero;
while (true)
{
    await Task.Delay(1000);
    var left = 0;
    await foreach (var _ in deliveries.QueryAsync<Azure.Data.Tables.TableEntity>(unfinished, select: ["PartitionKey"]))
    {
        left++;
    }

    if (left == 0)
    {
        break;
    }

    if (clock.Elapsed - lastPrint >= TimeSpan.FromSeconds(30))
    {
        lastPrint = clock.Elapsed;
        Console.WriteLine($"  {clock.Elapsed.TotalSeconds:0} s: {count - left} of {count} done");
    }
}

var deliveryOps = counter.StorageTotal - enqueueOps;
var storageByOperation = counter.Storage;
var progress = await outbox.ProgressAsync(job.JobId, CancellationToken.None);

// The poll sees completion up to a second late: the job ends with the last call the fake answered.
var requests = fake.Requests;
var elapsed = requests.Max(r => r.At) - started;
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
var records = await outbox.DeliveriesAsync(job.JobId, CancellationToken.None);
await host.StopAsync();

// Lost: a recipient with no final state, or Delivered with an id the connector never returned for that conversation.
// Duplicated: a message the connector posted (201) that no delivery row accounts for.
var posted = requests.Where(r => r.Method == "POST" && r.Status == 201)
    .Select(r => (Conversation: r.ConversationId!, Id: r.Response!["id"]!.ToString())).ToList();
var postedIds = posted.Select(p => p.Conversation + "|" + p.Id).ToHashSet();
var recipientsByKey = recipients.ToDictionary(r => r.Key);
var recorded = records.Where(r => r.State == DeliveryState.Delivered).Select(r => recipientsByKey[r.Key].ConversationId + "|" + r.ActivityId).ToHashSet();
var lost = records.Count(r => r.State == DeliveryState.Queued) + recorded.Count(id => !postedIds.Contains(id)) + (count - records.Count);
var duplicated = posted.Count - posted.Select(p => p.Conversation + "|" + p.Id).Count(recorded.Contains);
var violations = fake.Violations;
// Only an app-wide Retry-After stops every call; a conversation's stops that conversation, and others can go meanwhile.
var retryAfters = fake.RetryAfterWindows;
var windows = Union(retryAfters.Where(w => w.ConversationId is null).Select(w => (w.From, w.Until)));
var calls = requests.Count;
var minimum = count / (double)rate;
var compliantMinimum = calls / (double)rate + windows.TotalSeconds;
var rss = File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM", StringComparison.Ordinal) || l.StartsWith("VmRSS", StringComparison.Ordinal))
    .ToDictionary(l => l[..5], l => long.Parse(l[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0);

Console.WriteLine();
Console.WriteLine("| measure | value |");
Console.WriteLine("|---|---|");
Console.WriteLine($"| recipients / outcome | {count}: {progress.Delivered} Delivered, {progress.NotReachable} NotReachable, {progress.Failed} Failed |");
Console.WriteLine($"| connector calls | {calls} ({requests.Count(r => r.Status == 429)} answered 429, {requests.Count(r => r.Status == 503)} answered 503) |");
Console.WriteLine($"| total time (enqueue to last answer) | {elapsed.TotalSeconds:0.0} s |");
Console.WriteLine($"| theoretical minimum at {rate}/s ({count} calls) | {minimum:0.0} s → ratio {elapsed.TotalSeconds / minimum:0.000} × |");
Console.WriteLine($"| minimum for any client that obeys the fake ({calls} calls at {rate}/s + {windows.TotalSeconds:0.0} s of app-wide Retry-After) | {compliantMinimum:0.0} s → ratio {elapsed.TotalSeconds / compliantMinimum:0.000} × |");
Console.WriteLine($"| Retry-After windows announced by the fake | {retryAfters.Count(w => w.ConversationId is not null)} for one conversation, {retryAfters.Count(w => w.ConversationId is null)} for the app |");
Console.WriteLine($"| lost / duplicated | {lost} / {duplicated} |");
Console.WriteLine($"| limit violations counted by the fake | {violations.Count}{(violations.Count > 0 ? " (" + string.Join(", ", violations.GroupBy(v => v.Kind).Select(g => $"{g.Key} {g.Count()}")) + ")" : "")} |");
Console.WriteLine($"| storage round trips per recipient | {(enqueueOps + deliveryOps) / (double)count:0.000} (enqueue {enqueueOps / (double)count:0.000}, delivery {deliveryOps / (double)count:0.000}) |");
Console.WriteLine($"| storage round trips by operation | {string.Join(", ", storageByOperation.Select(s => $"{s.Key} {s.Value}"))} |");
Console.WriteLine($"| connector calls by outcome (outbox's view) | {string.Join(", ", counter.Attempts.Select(a => $"{a.Key} {a.Value}"))} |");
Console.WriteLine($"| whole-outbox pauses | {counter.PausedSeconds:0.0} s asked for |");
Console.WriteLine($"| process CPU / peak RSS / RSS at end | {cpu.TotalSeconds:0.0} s / {rss["VmHWM"]:0} MiB / {rss["VmRSS"]:0} MiB (fake connector in the same process) |");
foreach (var v in violations.Take(10))
{
    Console.WriteLine($"  violation: {v}");
}

var pass = lost == 0 && duplicated == 0 && violations.Count == 0;
Console.WriteLine(pass ? "targets met: 0 lost, 0 duplicated, 0 limit violations" : "targets NOT met");
return pass ? 0 : 1;

// Total length of the Retry-After windows, overlaps counted once.
static TimeSpan Union(IEnumerable<(TimeSpan From, TimeSpan Until)> windows)
{
    var total = TimeSpan.Zero;
    var end = TimeSpan.MinValue;
    foreach (var (from, until) in windows.OrderBy(w => w.From))
    {
        var start = from > end ? from : end;
        if (until > start)
        {
            total += until - start;
        }

        if (until > end)
        {
            end = until;
        }
    }

    return total;
}
