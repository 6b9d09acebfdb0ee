using System.Net;
using LiaisonBot.Outbox;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Tests.Outbox;

/// <summary>What the outbox does with each answer Teams can give (bot-protocol.md §4.3, §6).</summary>
[Collection(TimingSensitive.Name)]
public sealed class OutboxFaultTests : IAsyncLifetime
{
    // Teams' per-conversation windows, and the Retry-After rule with room for calls already in flight when the 429 came.
    private static readonly TeamsLimits Policed = TeamsLimits.Published with { PerApp = null, RetryAfterGrace = TimeSpan.FromMilliseconds(100) };

    private FakeBotFramework fake = null!;
    private OutboxHost host = null!;

    public async Task InitializeAsync()
    {
        this.fake = await FakeBotFramework.StartAsync();
        this.host = await OutboxHost.StartAsync(this.fake);
    }

    public async Task DisposeAsync()
    {
        await this.host.DisposeAsync();
        await this.fake.DisposeAsync();
    }

    [Fact]
    public async Task FaultsAtSetRates_EveryRecipientEndsDeliveredOrNotReachable_NoneTwice()
    {
        // About 11 % of requests fail with a retryable fault: with the default 5 attempts, one of the 200 recipients draws
        // five in a row about once in 300 runs (seen on CI) and is rightly failed. Ten attempts make that one in 10⁷.
        await this.host.DisposeAsync();
        this.host = await OutboxHost.StartAsync(this.fake, settings: new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "10" });
        var job = TestJobs.Send(this.fake, 200);
        this.fake.EnforceLimits(Policed);
        this.fake.FailNext(1, ConnectorFault.Throttled(TimeSpan.FromSeconds(1))); // at least one, whatever the draws
        this.fake.FailAtRates(seed: 5,
            (0.01, ConnectorFault.Throttled(TimeSpan.FromSeconds(1))),
            (0.05, ConnectorFault.Unavailable),
            (0.02, new ConnectorFault(HttpStatusCode.BadGateway)),
            (0.02, new ConnectorFault(HttpStatusCode.GatewayTimeout)),
            (0.02, ConnectorFault.PreconditionFailed));
        var unreachable = new Dictionary<string, ConnectorFault>
        {
            [job.Recipients[3].ConversationId] = ConnectorFault.Blocked,
            [job.Recipients[50].ConversationId] = ConnectorFault.NotInRoster,
            [job.Recipients[77].ConversationId] = new(HttpStatusCode.Forbidden, "BotDisabledByAdmin"),
            [job.Recipients[120].ConversationId] = ConnectorFault.ConversationNotFound,
        };
        foreach (var (conversation, fault) in unreachable)
        {
            this.fake.FailConversation(conversation, fault);
        }

        await this.host.Outbox.EnqueueAsync(job, CancellationToken.None);
        var progress = await this.host.WaitForCompletionAsync(job.JobId);

        var records = await this.host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None);
        Assert.True(new OutboxProgress(200, 0, 196, 4, 0, 0) == progress,
            $"{progress}; failed: {string.Join(", ", records.Where(r => r.State == DeliveryState.Failed).Select(r => $"{r.Key} {r.Reason} after {r.Attempts}"))}");
        var posted = TestJobs.Posted(this.fake);
        foreach (var (recipient, record) in job.Recipients.Zip(records))
        {
            var calls = this.fake.Requests.Count(r => r.ConversationId == recipient.ConversationId);
            // Each connector call is one attempt on the row: the connector client's own retry handler is not in the way.
            Assert.Equal(calls, record.Attempts);
            if (unreachable.TryGetValue(recipient.ConversationId, out var fault))
            {
                Assert.Equal((DeliveryState.NotReachable, fault.Code, 1, false), (record.State, record.Reason, record.Attempts, posted.ContainsKey(recipient.ConversationId)));
            }
            else
            {
                Assert.Equal(1, posted[recipient.ConversationId]);
            }
        }

        Assert.Contains(records, r => r.Attempts > 1);
        Assert.Contains(this.fake.Requests, r => r.Status == 429);
        Assert.Empty(this.fake.Violations);
    }

    [Fact]
    public async Task Throttled_HoldsItsConversation_ForTheRetryAfter_WhileOthersAreDelivered()
    {
        // 40 a second, so the other conversations' sends spread over the throttled one's Retry-After.
        await this.host.DisposeAsync();
        this.host = await OutboxHost.StartAsync(this.fake, settings: new Dictionary<string, string?> { ["Outbox:AppRatePerSecond"] = "40" });
        this.fake.EnforceLimits(Policed);
        const string Shared = "19:outbox-shared@thread.v2";
        var job = TestJobs.Send(this.fake, 60);
        job = job with { Recipients = [.. job.Recipients.Select((r, i) => i < 5 ? r with { ConversationId = Shared } : r)] };
        this.fake.FailConversation(Shared, ConnectorFault.Throttled(TimeSpan.FromSeconds(1)), times: 1);

        await this.host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await this.host.WaitForCompletionAsync(job.JobId);

        var throttled = this.fake.Requests.Single(r => r.Status == 429);
        var during = this.fake.Requests.Where(r => r.At > throttled.At + Policed.RetryAfterGrace && r.At < throttled.At + TimeSpan.FromSeconds(1)).ToList();
        Assert.DoesNotContain(during, r => r.ConversationId == Shared);
        // At 40 a second about 36 fit in the window; a quarter of them still shows the others were not held with it, and
        // leaves room for a stall of the busy 2-core machine (17 were seen once with the whole suite just finished).
        Assert.True(during.Count(r => r.Status == 201) >= 10, $"{during.Count} calls into other conversations during the Retry-After");
        Assert.Equal(Shared, Assert.Single(this.fake.RetryAfterWindows).ConversationId);
        Assert.Empty(this.fake.Violations);
        var posted = TestJobs.Posted(this.fake);
        Assert.Equal(5, posted[Shared]);
        Assert.All(posted.Where(p => p.Key != Shared), p => Assert.Equal(1, p.Value));
        var records = await this.host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None);
        Assert.All(records, r => Assert.Equal(DeliveryState.Delivered, r.State));
        Assert.Equal(6, records.Where(r => job.Recipients.Single(x => x.Key == r.Key).ConversationId == Shared).Sum(r => r.Attempts));
    }

    [Fact]
    public async Task ThrottledInManyConversationsAtOnce_PausesEverySend_AndSlowsTheAppRate()
    {
        await this.host.DisposeAsync();
        this.host = await OutboxHost.StartAsync(this.fake, settings: new Dictionary<string, string?> { ["Outbox:AppRatePerSecond"] = "50" });
        this.fake.EnforceLimits(Policed);
        var spread = this.host.Services.GetRequiredService<IOptions<OutboxOptions>>().Value.ThrottleSpreadConversations;
        this.fake.FailNext(spread, ConnectorFault.Throttled(TimeSpan.FromSeconds(1)));
        var job = TestJobs.Send(this.fake, 60);

        await this.host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await this.host.WaitForCompletionAsync(job.JobId);

        // The last of the 429s is the one that shows the app's limit; calls already on their way then are within the grace.
        var last = this.fake.Requests.Where(r => r.Status == 429).MaxBy(r => r.At)!;
        var resumed = this.fake.Requests.Where(r => r.At > last.At + Policed.RetryAfterGrace).Select(r => r.At).Order().ToList();
        Assert.True(resumed[0] >= last.At + TimeSpan.FromSeconds(1), $"a call {resumed[0] - last.At} after the last 429");
        // Halved from 50/s, the next 20 calls take at least 19 / 27.5 s even as the rate climbs back.
        Assert.True(resumed[19] - resumed[0] >= TimeSpan.FromSeconds(0.65), $"20 calls within {resumed[19] - resumed[0]} after the pause");
        Assert.InRange(this.host.Services.GetRequiredService<OutboxLimits>().AppRate, 25, 49);
        Assert.Empty(this.fake.Violations);
        Assert.All(TestJobs.Posted(this.fake).Values, count => Assert.Equal(1, count));
        Assert.Equal(60, TestJobs.Posted(this.fake).Count);
    }

    [Fact]
    public async Task RetryAfterAsADate_IsHonouredToo()
    {
        this.fake.EnforceLimits(Policed);
        this.fake.FailNext(1, ConnectorFault.ThrottledUntilDate(TimeSpan.FromSeconds(2)));
        var job = TestJobs.Send(this.fake, 10);

        await this.host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await this.host.WaitForCompletionAsync(job.JobId);

        var (from, until, _) = Assert.Single(this.fake.RetryAfterWindows);
        Assert.True(until - from > TimeSpan.FromSeconds(0.9), $"the fake asked for {until - from}");
        Assert.Empty(this.fake.Violations);
        Assert.Contains(this.fake.Requests, r => r.At >= until);
        Assert.Equal(10, TestJobs.Posted(this.fake).Count);
    }

    [Fact]
    public async Task TransientFailure_IsRetried_ThenDelivered()
    {
        this.fake.FailNext(2, ConnectorFault.PreconditionFailed);
        var job = TestJobs.Send(this.fake, 1);

        await this.host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await this.host.WaitForCompletionAsync(job.JobId);

        var record = Assert.Single(await this.host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None));
        Assert.Equal((DeliveryState.Delivered, 3), (record.State, record.Attempts));
        Assert.Equal([412, 412, 201], this.fake.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task TransientFailureEveryTime_IsFailedAfterMaxAttempts_WithTheReason()
    {
        var job = TestJobs.Send(this.fake, 3);
        this.fake.FailConversation(job.Recipients[1].ConversationId, ConnectorFault.Unavailable);

        await this.host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await this.host.WaitForCompletionAsync(job.JobId);

        var record = (await this.host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None))[1];
        Assert.Equal((DeliveryState.Failed, "ServiceUnavailable", 5), (record.State, record.Reason, record.Attempts));
        Assert.Equal(5, this.fake.Requests.Count(r => r.ConversationId == job.Recipients[1].ConversationId));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "BadSyntax")]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig")]
    public async Task BadRequestOrTooBig_IsFailedAtOnce(HttpStatusCode status, string code)
    {
        var job = TestJobs.Send(this.fake, 2);
        this.fake.FailConversation(job.Recipients[0].ConversationId, new ConnectorFault(status, code));

        await this.host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await this.host.WaitForCompletionAsync(job.JobId);

        var records = await this.host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None);
        Assert.Equal((DeliveryState.Failed, code, 1), (records[0].State, records[0].Reason, records[0].Attempts));
        Assert.Equal(DeliveryState.Delivered, records[1].State);
    }

    [Fact]
    public async Task ThrottledEveryTime_IsFailedAfterMaxThrottledAttempts()
    {
        await using var host = await OutboxHost.StartAsync(this.fake, settings: new Dictionary<string, string?> { ["Outbox:MaxThrottledAttempts"] = "3" });
        var job = TestJobs.Send(this.fake, 1);
        this.fake.FailConversation(job.Recipients[0].ConversationId, ConnectorFault.Throttled()); // no Retry-After: backoff

        await host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await host.WaitForCompletionAsync(job.JobId);

        var record = Assert.Single(await host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None));
        Assert.Equal((DeliveryState.Failed, "Throttled", 3), (record.State, record.Reason, record.Attempts));
    }
}
