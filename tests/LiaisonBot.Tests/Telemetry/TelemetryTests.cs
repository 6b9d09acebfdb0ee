using System.Diagnostics;
using System.Text.RegularExpressions;
using LiaisonBot.Features.Reports;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;
using LiaisonBot.Tests.Outbox;
using OpenTelemetry.Metrics;

namespace LiaisonBot.Tests.Telemetry;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>
/// What an operator's exporter receives while a member reports an activity and the outbox meets a 429: one span per turn
/// naming the verb, the outbox's send spans, storage and connector calls with their URLs reduced, the counters, and
/// nowhere the member's name, ids, e-mail, conversation or the report's text.
/// </summary>
[Collection(Name)]
public sealed class TelemetryTests
{
    // Alone, after the rest: spans and meters are process-wide, so another test's bot would add its turns and 429s.
    public const string Name = "Telemetry";

    private const string Title = "遥测标记甲：走访敬老院";
    private const string Description = "遥测标记乙：听取十二位老人对助餐点的意见。";

    [Fact]
    public async Task ReportAndThrottledSend_ExportTurnSendAndStorageSpans_AndCounters_WithNothingPersonal()
    {
        var capture = new TelemetryCapture();
        await using var host = await BotHost.StartAsync(services: capture.Register);
        await host.ImportRosterAsync();
        var member = TestUser.Of(SampleRoster.Member, host, "zh-CN");

        var form = ReportSamples.Form(title: Title, description: Description);
        form[ReportVerbs.FormId] = Guid.NewGuid().ToString("N");
        var receipt = await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.Submit, form)));
        Assert.Contains("R-", Sent.Text(receipt));

        host.Fake.FailConversation(member.ConversationId, ConnectorFault.Throttled(TimeSpan.FromSeconds(1)), times: 1);
        var job = new OutboxJob("telemetry-" + Guid.NewGuid().ToString("N")[..8], DeliveryKind.Send, TestJobs.Payloads(),
            [new OutboxRecipient(SampleRoster.Member.Code, host.Fake.ServiceUrl, member.ConversationId, "zh-CN")]);
        await host.Services.GetRequiredService<Outbox>().EnqueueAsync(job, CancellationToken.None);
        await Eventually.HoldsAsync(() => capture.Spans.Any(s => s.Name == "outbox send" && (string?)s["liaisonbot.outbox.outcome"] == "sent"),
            "the outbox's send after the 429 is exported", seconds: 30);

        var spans = capture.Spans;
        var turn = Assert.Single(spans, s => s.Name == "turn invoke");
        Assert.Equal(("LiaisonBot", "invoke", "adaptiveCard/action", "msteams", "verb", ReportVerbs.Submit, "ok"),
            (turn.Source, turn["liaisonbot.activity.type"], turn["liaisonbot.invoke.name"], turn["liaisonbot.channel"],
             turn["liaisonbot.route.kind"], turn["liaisonbot.route.name"], turn["liaisonbot.turn.outcome"]));
        var request = Assert.Single(spans, s => s.SpanId == turn.ParentSpanId);
        Assert.Equal(("POST /api/messages", "/api/messages"), (request.Name, request["url.path"]));

        // The turn's storage calls: the Azure SDK's spans and the HTTP calls under them, keys cut off.
        var storageUrls = spans.Where(s => s.TraceId == turn.TraceId && s["url.full"] is string url && url.EndsWith("Reports", StringComparison.Ordinal))
            .Select(s => (string)s["url.full"]!).ToList();
        Assert.NotEmpty(storageUrls);
        Assert.Contains(spans, s => s.TraceId == turn.TraceId && s.Source.StartsWith("Azure.", StringComparison.Ordinal));
        Assert.All(spans.Select(s => s["url.full"]).OfType<string>(), url => Assert.True(url.IndexOfAny(['?', '(', '\'', '%']) < 0, url));

        // The receipt went back into the chat, and the outbox's send into the same chat: both by the path's shape only.
        var connectorUrls = spans.Select(s => s["url.full"]).OfType<string>().Where(u => u.StartsWith(host.Fake.ServiceUrl, StringComparison.Ordinal)).ToHashSet();
        Assert.Contains(host.Fake.ServiceUrl + "v3/conversations/{id}/activities", connectorUrls);

        var sends = spans.Where(s => s.Name == "outbox send").OrderBy(s => (int)s["liaisonbot.outbox.attempt"]!).ToList();
        Assert.Equal(
            [("send", 1, true, 429, "retried"), ("send", 2, false, (int?)null, "sent")],
            sends.Select(s => ((string)s["liaisonbot.outbox.kind"]!, (int)s["liaisonbot.outbox.attempt"]!, (bool)s["liaisonbot.outbox.throttled"]!,
                (int?)s["http.response.status_code"], (string)s["liaisonbot.outbox.outcome"]!)).ToList());
        Assert.Equal(ActivityStatusCode.Error, sends[0].Status);
        Assert.Null(sends[0].StatusDescription);

        var metrics = capture.Metrics(host.Services);
        Assert.Equal(1, Sum(metrics, OutboxMetrics.Throttles));
        Assert.Equal(1, Sum(metrics, OutboxMetrics.Sends, ("outcome", "retried")));
        Assert.Equal(1, Sum(metrics, OutboxMetrics.Sends, ("outcome", "sent")));
        Assert.Equal(1, Sum(metrics, TurnMetrics.Turns, ("liaisonbot.activity.type", "invoke"), ("liaisonbot.turn.outcome", "ok")));
        Assert.Equal(1, Count(metrics, TurnMetrics.Duration, ("liaisonbot.activity.type", "invoke")));
        Assert.Contains(metrics, m => m.Name == OutboxMetrics.QueueDepth && m.MetricPoints.Count == 1);

        // The sweep: every name, attribute, event and status of every span, every metric's name and point tags.
        var secrets = new[]
        {
            member.Name, member.AadObjectId!, member.Email, member.Id, member.ConversationId, SampleRoster.Member.Code,
            Title, Description, "遥测标记",
        };
        var texts = spans.SelectMany(s => s.Texts())
            .Concat(metrics.SelectMany(m => m.MetricPoints.SelectMany(p => Tags(p)).Append(m.Name)))
            .ToList();
        foreach (var secret in secrets.SelectMany(s => new[] { s, Uri.EscapeDataString(s) }).Distinct())
        {
            Assert.DoesNotContain(texts, t => t.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task CommandAndRefusedToken_EachATurnSpan_NamingTheRegisteredWord_OrUnauthorized()
    {
        var capture = new TelemetryCapture();
        await using var host = await BotHost.StartAsync(services: capture.Register);
        await host.ImportRosterAsync();
        var member = TestUser.Of(SampleRoster.Member, host, "en-US");

        await host.PostAsync(member.Message("HELP please, 遥测标记丙"));
        var refused = await host.PostAsync(member.Message("help"), "Bearer not-a-token");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
        var turns = capture.Spans.Where(s => s.Name == "turn message").ToList();
        Assert.Equal(
            [("command", "help", "ok"), (null, null, "unauthorized")],
            turns.Select(t => ((string?)t["liaisonbot.route.kind"], (string?)t["liaisonbot.route.name"], (string?)t["liaisonbot.turn.outcome"])).ToList());
        var metrics = capture.Metrics(host.Services);
        Assert.Equal(1, Sum(metrics, TurnMetrics.Turns, ("liaisonbot.activity.type", "message"), ("liaisonbot.turn.outcome", "unauthorized")));
        Assert.DoesNotContain(capture.Spans.SelectMany(s => s.Texts()), t => t.Contains("遥测标记", StringComparison.Ordinal) || t.Contains("please", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AHandlerThatFails_IsAnErrorTurn_CountedByExceptionType_WithNoMessageOrStackInTheSpan()
    {
        var tablePort = int.Parse(Regex.Match(TestStorage.ConnectionString, @"TableEndpoint=http://127\.0\.0\.1:(\d+)").Groups[1].Value);
        await using var relay = new TcpRelay(tablePort);
        var viaRelay = TestStorage.ConnectionString.Replace($"127.0.0.1:{tablePort}", $"127.0.0.1:{relay.Port}");
        var capture = new TelemetryCapture();
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["Storage:ConnectionString"] = viaRelay }, capture.Register);
        await host.ImportRosterAsync();
        var member = TestUser.Of(SampleRoster.Member, host, "zh-CN");

        relay.Cut();
        await host.PostAsync(member.Message("我的信息"));
        relay.Restore();

        var turn = Assert.Single(capture.Spans, s => s.Name == "turn message");
        var failure = (string?)turn["error.type"];
        Assert.Equal(("error", ActivityStatusCode.Error), ((string?)turn["liaisonbot.turn.outcome"], turn.Status));
        Assert.Matches(@"^[\w.`+]+Exception$", failure); // a type's full name, never its message
        Assert.Null(turn.StatusDescription);
        var metrics = capture.Metrics(host.Services);
        Assert.Equal(1, Sum(metrics, TurnMetrics.Errors, ("liaisonbot.activity.type", "message"), ("error.type", failure!)));
        Assert.Equal(1, Sum(metrics, TurnMetrics.Turns, ("liaisonbot.activity.type", "message"), ("liaisonbot.turn.outcome", "error")));
        Assert.DoesNotContain(capture.Spans.SelectMany(s => s.Texts()), t => t.Contains("Retry failed", StringComparison.OrdinalIgnoreCase) ||
            t.Contains("refused", StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> Tags(MetricPoint point)
    {
        foreach (var tag in point.Tags)
        {
            yield return tag.Key;
            yield return $"{tag.Value}";
        }
    }

    private static IEnumerable<MetricPoint> Points(IReadOnlyList<MetricSnapshot> metrics, string name, (string Key, string Value)[] tags) =>
        metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints)
            .Where(p => tags.All(t => Tags(p).Chunk(2).Any(kv => kv[0] == t.Key && kv[1] == t.Value)));

    private static long Sum(IReadOnlyList<MetricSnapshot> metrics, string name, params (string Key, string Value)[] tags) =>
        Points(metrics, name, tags).Sum(p => p.GetSumLong());

    private static long Count(IReadOnlyList<MetricSnapshot> metrics, string name, params (string Key, string Value)[] tags) =>
        Points(metrics, name, tags).Sum(p => p.GetHistogramCount());
}

[CollectionDefinition(TelemetryTests.Name, DisableParallelization = true)]
public sealed class TelemetryCollection;
