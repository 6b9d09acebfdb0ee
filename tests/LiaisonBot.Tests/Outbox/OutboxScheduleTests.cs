using LiaisonBot.Outbox;
using LiaisonBot.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace LiaisonBot.Tests.Outbox;

public sealed class OutboxScheduleTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private FakeBotFramework fake = null!;
    private OutboxHost host = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeBotFramework.StartAsync();
        host = await OutboxHost.StartAsync(fake, time: clock);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task ScheduledJob_IsNotSentBeforeNotBefore_ThenIs()
    {
        var job = TestJobs.Send(fake, 20, notBefore: clock.GetUtcNow().AddHours(1));

        await host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await Task.Delay(800); // the worker has looked several times (RecheckInterval is 100 ms here)
        clock.Advance(TimeSpan.FromMinutes(59));
        await Task.Delay(500);

        Assert.Empty(fake.Requests);
        Assert.Equal(20, (await host.Outbox.ProgressAsync(job.JobId, CancellationToken.None)).Queued);

        clock.Advance(TimeSpan.FromMinutes(1));
        await host.WaitForCompletionAsync(job.JobId);

        Assert.Equal(20, TestJobs.Posted(fake).Count);
    }

    [Fact]
    public async Task ScheduledJob_CancelledBeforeNotBefore_IsNeverSent()
    {
        var job = TestJobs.Send(fake, 20, notBefore: clock.GetUtcNow().AddHours(1));
        await host.Outbox.EnqueueAsync(job, CancellationToken.None);

        await host.Outbox.CancelAsync(job.JobId, CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(2));
        var queue = host.Services.GetRequiredService<OutboxQueue>();
        await OutboxHost.WaitUntilAsync(async () => await queue.CountAsync(CancellationToken.None) == 0, what: "the start item to be dropped");

        Assert.Empty(fake.Requests);
        Assert.Equal(new OutboxProgress(20, 0, 0, 0, 0, 20), await host.Outbox.ProgressAsync(job.JobId, CancellationToken.None));
        Assert.All(await host.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None), r => Assert.Equal((DeliveryState.Cancelled, "Cancelled", 0), (r.State, r.Reason, r.Attempts)));
    }

    [Fact]
    public async Task CancelMidJob_SendsNothingMoreThanWhatWasInFlight()
    {
        await using var slow = await OutboxHost.StartAsync(fake, settings: new Dictionary<string, string?> { ["Outbox:AppRatePerSecond"] = "20" });
        var job = TestJobs.Send(fake, 100);
        await slow.Outbox.EnqueueAsync(job, CancellationToken.None);
        await OutboxHost.WaitUntilAsync(() => TestJobs.Posted(fake).Count >= 10, what: "10 messages");

        await slow.Outbox.CancelAsync(job.JobId, CancellationToken.None);
        var sentBeforeCancelReturned = fake.Requests.Count;
        var progress = await slow.WaitForCompletionAsync(job.JobId);

        Assert.InRange(fake.Requests.Count - sentBeforeCancelReturned, 0, 16); // at most MaxConcurrency were already claimed
        Assert.Equal(100, progress.Delivered + progress.Cancelled);
        Assert.True(progress.Cancelled >= 60, progress.ToString());
        Assert.Equal(progress.Delivered, TestJobs.Posted(fake).Count);
    }
}
