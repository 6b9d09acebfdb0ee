using System.Net;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Fakes;

namespace LiaisonBot.Tests.Outbox;

public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private FakeBotFramework fake = null!;
    private OutboxHost host = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeBotFramework.StartAsync();
        host = await OutboxHost.StartAsync(fake);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task Send_ReachesEveryRecipientOnce_InTheirLanguage_AndRecordsEachActivityId()
    {
        var job = TestJobs.Send(fake, 60);

        await host.Outbox.EnqueueAsync(job, CancellationToken.None);
        var progress = await host.WaitForCompletionAsync(job.JobId);

        Assert.Equal(new OutboxProgress(60, 0, 60, 0, 0, 0), progress);
        var posts = fake.Requests.Where(r => r.Method == "POST" && r.Status == 201).ToList();
        Assert.Equal(job.Recipients.Select(r => r.ConversationId).Order(), posts.Select(p => p.ConversationId!).Order());
        foreach (var recipient in job.Recipients)
        {
            var text = TestJobs.Text(posts.Single(p => p.ConversationId == recipient.ConversationId).Body!);
            Assert.StartsWith(recipient.PayloadKey == "en" ? "Notice" : "通知", text);
        }

        var records = await host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None);
        Assert.Equal(job.Recipients.Select(r => r.Key).Order(StringComparer.Ordinal), records.Select(r => r.Key));
        Assert.All(records, r => Assert.Equal((DeliveryState.Delivered, null, 1), (r.State, r.Reason, r.Attempts)));
        // Each record holds the id the connector returned for that recipient's message.
        var returned = posts.ToDictionary(p => p.ConversationId!, p => p.Response!["id"]!.ToString());
        Assert.All(job.Recipients, r => Assert.Equal(returned[r.ConversationId], records.Single(d => d.Key == r.Key).ActivityId));
    }

    [Fact]
    public async Task Enqueue_SameJobIdAgain_DoesNothing()
    {
        var job = TestJobs.Send(fake, 10);

        await host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await host.Outbox.EnqueueAsync(job with { Recipients = TestJobs.Recipients(fake, 30) }, CancellationToken.None);
        await host.WaitForCompletionAsync(job.JobId);
        await Task.Delay(300);

        Assert.Equal(10, (await host.Outbox.ProgressAsync(job.JobId, CancellationToken.None)).Total);
        Assert.Equal(10, TestJobs.Posted(fake).Count);
        Assert.All(TestJobs.Posted(fake).Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task UpdateAndDelete_CallPutAndDelete_WithTheActivityIdsTheSendReturned()
    {
        var send = TestJobs.Send(fake, 12);
        await host.Outbox.EnqueueAsync(send, CancellationToken.None);
        await host.WaitForCompletionAsync(send.JobId);
        var sent = (await host.Outbox.DeliveriesAsync(send.JobId, CancellationToken.None)).ToDictionary(d => d.Key, d => d.ActivityId!);
        List<OutboxRecipient> Targets() => [.. send.Recipients.Select(r => r with { ActivityId = sent[r.Key] })];

        var update = new OutboxJob(send.JobId + "-update", DeliveryKind.Update, new Dictionary<string, Activity>
        {
            ["zh-CN"] = TestJobs.Card("会议改到周二。"),
            ["en"] = TestJobs.Card("The meeting moved to Tuesday."),
        }, Targets());
        await host.Outbox.EnqueueAsync(update, CancellationToken.None);
        await host.WaitForCompletionAsync(update.JobId);
        var delete = new OutboxJob(send.JobId + "-delete", DeliveryKind.Delete, new Dictionary<string, Activity>(), Targets());
        await host.Outbox.EnqueueAsync(delete, CancellationToken.None);
        await host.WaitForCompletionAsync(delete.JobId);

        foreach (var recipient in send.Recipients)
        {
            var put = fake.Requests.Single(r => r.Method == "PUT" && r.ConversationId == recipient.ConversationId);
            Assert.Equal(sent[recipient.Key], put.ActivityId);
            Assert.Equal(sent[recipient.Key], put.Body!["id"]!.ToString());
            Assert.Contains(recipient.PayloadKey == "en" ? "Tuesday" : "周二", TestJobs.Text(put.Body));
            Assert.Equal(sent[recipient.Key], fake.Requests.Single(r => r.Method == "DELETE" && r.ConversationId == recipient.ConversationId).ActivityId);
        }

        foreach (var job in new[] { update.JobId, delete.JobId })
        {
            var records = await host.Outbox.DeliveriesAsync(job, CancellationToken.None);
            Assert.All(records, r => Assert.Equal((DeliveryState.Delivered, sent[r.Key]), (r.State, r.ActivityId)));
        }
    }

    public static TheoryData<string, Func<FakeBotFramework, OutboxJob>> InvalidJobs => new()
    {
        { "two recipients share a key", f => TestJobs.Send(f, 2) with { Recipients = [.. TestJobs.Recipients(f, 2).Select(r => r with { Key = "M1" })] } },
        { "a payload key with no payload", f => TestJobs.Send(f, 2) with { Recipients = [.. TestJobs.Recipients(f, 2).Select(r => r with { PayloadKey = "fr" })] } },
        { "an update without activity id", f => TestJobs.Send(f, 2) with { Kind = DeliveryKind.Update } },
        { "a service url that is not http(s)", f => TestJobs.Send(f, 2) with { Recipients = [.. TestJobs.Recipients(f, 2).Select(r => r with { ServiceUrl = "ftp://x/" })] } },
        { "no job id", f => TestJobs.Send(f, 2, jobId: " ") },
    };

    [Theory]
    [MemberData(nameof(InvalidJobs))]
    public async Task Enqueue_InvalidJob_IsRefusedAndNothingIsStored(string why, Func<FakeBotFramework, OutboxJob> make)
    {
        var job = make(fake);

        await Assert.ThrowsAsync<ArgumentException>(() => host.Outbox.EnqueueAsync(job, CancellationToken.None));

        Assert.True(string.IsNullOrWhiteSpace(job.JobId) || (await host.Outbox.ProgressAsync(job.JobId, CancellationToken.None)).Total == 0, why);
    }

    [Fact]
    public async Task SeveralRecipientsInOneConversation_GetOneCallAtATime_AllDelivered()
    {
        // A channel post per group leader, all into one channel: one lane, so never two calls in flight there (no 412).
        fake.ResponseDelay = TimeSpan.FromMilliseconds(30);
        var recipients = Enumerable.Range(0, 6).Select(i => new OutboxRecipient($"L{i}", fake.ServiceUrl, "19:plans@thread.tacv2", "zh-CN")).ToList();
        var job = new OutboxJob("channel-" + Guid.NewGuid().ToString("N")[..6], DeliveryKind.Send, TestJobs.Payloads(), recipients);

        await host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await host.WaitForCompletionAsync(job.JobId);

        var arrivals = fake.Requests.Where(r => r.Status == 201).Select(r => r.At).Order().ToList();
        Assert.Equal(6, arrivals.Count);
        Assert.All(arrivals.Zip(arrivals.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(25), $"{pair}"));
    }

    [Fact]
    public async Task Options_ClaimTimeoutNotAboveSendTimeout_StopsTheHostFromStarting()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            OutboxHost.StartAsync(fake, settings: new Dictionary<string, string?> { ["Outbox:ClaimTimeout"] = "00:00:10", ["Outbox:SendTimeout"] = "00:00:10" }));

        Assert.Contains("ClaimTimeout", error.Message);
    }

    [Theory]
    [InlineData("t0a1b2c3d4e", "t0a1b2c3d4e-outbox")]
    [InlineData("", "outbox")]
    [InlineData("Prod_Bot", "prod-bot-outbox")]
    [InlineData("--A--b--", "a-b-outbox")]
    public void QueueName_IsTheTablePrefixLowercased(string prefix, string queue) =>
        Assert.Equal(queue, OutboxQueue.NameFor(prefix));

    [Fact]
    public void QueueName_StaysWithinAzureLimits() =>
        Assert.InRange(OutboxQueue.NameFor(new string('x', 200)).Length, 3, 63);

    [Fact]
    public void Queue_OfThisHost_IsNamedAfterItsPrefix() =>
        Assert.Equal(host.Prefix + "-outbox", host.Services.GetRequiredService<OutboxQueue>().Name);

    [Fact]
    public async Task NotAStatusCodeTheOutboxKnows_IsFailedNotRetried()
    {
        var job = TestJobs.Send(fake, 1);
        fake.FailConversation(job.Recipients[0].ConversationId, new ConnectorFault(HttpStatusCode.InternalServerError, "InternalError"));

        await host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await host.WaitForCompletionAsync(job.JobId);

        var record = Assert.Single(await host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None));
        Assert.Equal((DeliveryState.Failed, "InternalError", 1), (record.State, record.Reason, record.Attempts));
    }
}
