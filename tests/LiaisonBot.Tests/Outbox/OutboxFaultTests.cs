using System.Net;
using LiaisonBot.Outbox;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Outbox;

/// <summary>What the outbox does with each answer Teams can give (bot-protocol.md §4.3, §6).</summary>
[Collection(TimingSensitive.Name)]
public sealed class OutboxFaultTests : IAsyncLifetime
{
    // Teams' per-conversation windows, and the Retry-After rule with room for calls already in flight when the 429 came.
    static readonly TeamsLimits Policed = TeamsLimits.Published with { PerApp = null, RetryAfterGrace = TimeSpan.FromMilliseconds(100) };

    FakeBotFramework _fake = null!;
    OutboxHost _host = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotFramework.StartAsync();
        _host = await OutboxHost.StartAsync(_fake);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task FaultsAtSetRates_EveryRecipientEndsDeliveredOrNotReachable_NoneTwice()
    {
        var job = TestJobs.Send(_fake, 200);
        _fake.EnforceLimits(Policed);
        _fake.FailNext(1, ConnectorFault.Throttled(TimeSpan.FromSeconds(1))); // at least one, whatever the draws
        _fake.FailAtRates(seed: 5,
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
            _fake.FailConversation(conversation, fault);

        await _host.Outbox.EnqueueAsync(job, CancellationToken.None);
        var progress = await _host.WaitForCompletionAsync(job.JobId);

        var records = await _host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None);
        Assert.True(new OutboxProgress(200, 0, 196, 4, 0, 0) == progress,
            $"{progress}; failed: {string.Join(", ", records.Where(r => r.State == DeliveryState.Failed).Select(r => $"{r.Key} {r.Reason} after {r.Attempts}"))}");
        var posted = TestJobs.Posted(_fake);
        foreach (var (recipient, record) in job.Recipients.Zip(records))
        {
            var calls = _fake.Requests.Count(r => r.ConversationId == recipient.ConversationId);
            // Each connector call is one attempt on the row: the connector client's own retry handler is not in the way.
            Assert.Equal(calls, record.Attempts);
            if (unreachable.TryGetValue(recipient.ConversationId, out var fault))
                Assert.Equal((DeliveryState.NotReachable, fault.Code, 1, false), (record.State, record.Reason, record.Attempts, posted.ContainsKey(recipient.ConversationId)));
            else
                Assert.Equal(1, posted[recipient.ConversationId]);
        }

        Assert.Contains(records, r => r.Attempts > 1);
        Assert.Contains(_fake.Requests, r => r.Status == 429);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Throttled_PausesEverySend_ForTheRetryAfter()
    {
        _fake.EnforceLimits(Policed);
        _fake.FailNext(1, ConnectorFault.Throttled(TimeSpan.FromSeconds(1)));
        var job = TestJobs.Send(_fake, 40);

        await _host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await _host.WaitForCompletionAsync(job.JobId);

        var throttled = _fake.Requests.Single(r => r.Status == 429);
        var during = _fake.Requests.Where(r => r.At > throttled.At + Policed.RetryAfterGrace && r.At < throttled.At + TimeSpan.FromSeconds(1)).ToList();
        Assert.Empty(during); // not just the throttled recipient: nobody
        Assert.Contains(_fake.Requests, r => r.At >= throttled.At + TimeSpan.FromSeconds(1) && r.ConversationId != throttled.ConversationId);
        Assert.Empty(_fake.Violations);
        Assert.All(TestJobs.Posted(_fake).Values, count => Assert.Equal(1, count));
        var record = (await _host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None)).Single(r => r.Key == job.Recipients.Single(x => x.ConversationId == throttled.ConversationId).Key);
        Assert.Equal((DeliveryState.Delivered, 2), (record.State, record.Attempts));
    }

    [Fact]
    public async Task RetryAfterAsADate_IsHonouredToo()
    {
        _fake.EnforceLimits(Policed);
        _fake.FailNext(1, ConnectorFault.ThrottledUntilDate(TimeSpan.FromSeconds(2)));
        var job = TestJobs.Send(_fake, 10);

        await _host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await _host.WaitForCompletionAsync(job.JobId);

        var (from, until) = Assert.Single(_fake.RetryAfterWindows);
        Assert.True(until - from > TimeSpan.FromSeconds(0.9), $"the fake asked for {until - from}");
        Assert.Empty(_fake.Violations);
        Assert.Contains(_fake.Requests, r => r.At >= until);
        Assert.Equal(10, TestJobs.Posted(_fake).Count);
    }

    [Fact]
    public async Task TransientFailure_IsRetried_ThenDelivered()
    {
        _fake.FailNext(2, ConnectorFault.PreconditionFailed);
        var job = TestJobs.Send(_fake, 1);

        await _host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await _host.WaitForCompletionAsync(job.JobId);

        var record = Assert.Single(await _host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None));
        Assert.Equal((DeliveryState.Delivered, 3), (record.State, record.Attempts));
        Assert.Equal([412, 412, 201], _fake.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task TransientFailureEveryTime_IsFailedAfterMaxAttempts_WithTheReason()
    {
        var job = TestJobs.Send(_fake, 3);
        _fake.FailConversation(job.Recipients[1].ConversationId, ConnectorFault.Unavailable);

        await _host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await _host.WaitForCompletionAsync(job.JobId);

        var record = (await _host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None))[1];
        Assert.Equal((DeliveryState.Failed, "ServiceUnavailable", 5), (record.State, record.Reason, record.Attempts));
        Assert.Equal(5, _fake.Requests.Count(r => r.ConversationId == job.Recipients[1].ConversationId));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "BadSyntax")]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig")]
    public async Task BadRequestOrTooBig_IsFailedAtOnce(HttpStatusCode status, string code)
    {
        var job = TestJobs.Send(_fake, 2);
        _fake.FailConversation(job.Recipients[0].ConversationId, new ConnectorFault(status, code));

        await _host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await _host.WaitForCompletionAsync(job.JobId);

        var records = await _host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None);
        Assert.Equal((DeliveryState.Failed, code, 1), (records[0].State, records[0].Reason, records[0].Attempts));
        Assert.Equal(DeliveryState.Delivered, records[1].State);
    }

    [Fact]
    public async Task ThrottledEveryTime_IsFailedAfterMaxThrottledAttempts()
    {
        await using var host = await OutboxHost.StartAsync(_fake, settings: new Dictionary<string, string?> { ["Outbox:MaxThrottledAttempts"] = "3" });
        var job = TestJobs.Send(_fake, 1);
        _fake.FailConversation(job.Recipients[0].ConversationId, ConnectorFault.Throttled()); // no Retry-After: backoff

        await host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await host.WaitForCompletionAsync(job.JobId);

        var record = Assert.Single(await host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None));
        Assert.Equal((DeliveryState.Failed, "Throttled", 3), (record.State, record.Reason, record.Attempts));
    }
}
