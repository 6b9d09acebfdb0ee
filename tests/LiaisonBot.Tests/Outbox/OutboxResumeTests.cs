using System.Diagnostics;
using LiaisonBot.Outbox;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace LiaisonBot.Tests.Outbox;

/// <summary>Instances that stop, crash, or run side by side on one storage account.</summary>
public sealed class OutboxResumeTests : IAsyncLifetime
{
    private FakeBotFramework fake = null!;

    public async Task InitializeAsync() => fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Fact]
    public async Task InstanceStoppedMidJob_AnotherFinishesIt_NoneLostNoneTwice()
    {
        fake.ResponseDelay = TimeSpan.FromMilliseconds(50); // calls are in flight when the stop comes
        var prefix = TestStorage.NewPrefix();
        var job = TestJobs.Send(fake, 300);
        var first = await OutboxHost.StartAsync(fake, prefix, new Dictionary<string, string?> { ["Outbox:AppRatePerSecond"] = "100" });
        await first.Outbox.EnqueueAsync(job, CancellationToken.None);
        await OutboxHost.WaitUntilAsync(() => TestJobs.Posted(fake).Count >= 60, what: "60 messages");

        var stopping = Stopwatch.StartNew();
        await first.StopAsync();
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {stopping.Elapsed}");
        var sentByFirst = fake.Requests.Count;
        await Task.Delay(300);
        Assert.Equal(sentByFirst, fake.Requests.Count);
        var rows = await first.RowsAsync(job.JobId);
        Assert.DoesNotContain(rows, r => r.State == RowStates.Sending); // calls in flight finished; rows held for later handed back
        Assert.Contains(rows, r => r.State == RowStates.Queued);
        await first.DisposeAsync();

        await using var second = await OutboxHost.StartAsync(fake, prefix);
        var progress = await second.WaitForCompletionAsync(job.JobId);

        Assert.Equal(300, progress.Delivered);
        var posted = TestJobs.Posted(fake);
        Assert.Equal(300, posted.Count);
        Assert.All(posted.Values, count => Assert.Equal(1, count));
        var secondInstance = second.Services.GetRequiredService<OutboxSender>().Instance;
        Assert.Contains(await second.RowsAsync(job.JobId), r => r.ClaimedBy == secondInstance);
    }

    [Fact]
    public async Task InstanceCrashedMidCall_OnlyCallsInFlightAreSentAgain_AfterTheirClaimExpires()
    {
        // Teams answers slowly, and the "crash" cancels every call in flight: Teams has posted those messages, but the
        // instance never learns it. This is the documented window, made wide on purpose.
        fake.ResponseDelay = TimeSpan.FromMilliseconds(300);
        var prefix = TestStorage.NewPrefix();
        var settings = new Dictionary<string, string?>
        {
            ["Outbox:AppRatePerSecond"] = "100",
            // Well above the 300 ms answers even on a loaded 2-core machine: a send that timed out before the crash would be
            // retried, and sent twice, for a reason other than the crash this test is about.
            ["Outbox:SendTimeout"] = "00:00:03",
            ["Outbox:ClaimTimeout"] = "00:00:04",
            ["Outbox:VisibilityTimeout"] = "00:00:05",
        };
        var job = TestJobs.Send(fake, 150);
        var crashing = await OutboxHost.StartAsync(fake, prefix, settings);
        await crashing.Outbox.EnqueueAsync(job, CancellationToken.None);
        await OutboxHost.WaitUntilAsync(() => TestJobs.Posted(fake).Count >= 40, what: "40 messages");

        await crashing.CrashAsync();
        var claimedAtCrash = (await crashing.RowsAsync(job.JobId)).Count(r => r.State == RowStates.Sending);
        fake.ResponseDelay = TimeSpan.Zero;
        await using var survivor = await OutboxHost.StartAsync(fake, prefix, settings);
        var progress = await survivor.WaitForCompletionAsync(job.JobId);

        Assert.Equal(150, progress.Delivered);
        var posted = TestJobs.Posted(fake);
        Assert.Equal(150, posted.Count); // none lost
        var twice = posted.Where(p => p.Value > 1).Select(p => p.Key).ToList();
        Assert.All(posted.Values, count => Assert.InRange(count, 1, 2));
        Assert.InRange(twice.Count, 1, Math.Min(claimedAtCrash, 16)); // only calls in flight at the crash, at most MaxConcurrency
        var records = await survivor.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None);
        var keysSentTwice = job.Recipients.Where(r => twice.Contains(r.ConversationId)).Select(r => r.Key).ToHashSet();
        Assert.All(records.Where(r => keysSentTwice.Contains(r.Key)), r => Assert.True(r.Attempts >= 2, $"{r.Key}: {r.Attempts} attempts"));
        await crashing.DisposeAsync();
    }

    [Fact]
    public async Task RowClaimedByADeadInstance_IsLeftAloneUntilTheClaimExpires_ThenSent()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
        var prefix = TestStorage.NewPrefix();
        var job = TestJobs.Send(fake, 3);
        await using (var enqueuer = await OutboxHost.StartAsync(fake, prefix, new Dictionary<string, string?> { ["Outbox:WorkerEnabled"] = "false" }, clock))
        {
            await enqueuer.Outbox.EnqueueAsync(job, CancellationToken.None);
            var row = (await enqueuer.RowsAsync(job.JobId)).Single(r => r.Key == "M00001");
            row.State = RowStates.Sending;
            row.Attempts = 1;
            row.ClaimedBy = "dead-instance";
            row.ClaimedUntil = clock.GetUtcNow().AddMinutes(1);
            Assert.NotNull(await enqueuer.Services.GetRequiredService<OutboxStore>().TryReplaceAsync(row, row.ETag, CancellationToken.None));
            await Task.Delay(300);
            Assert.Empty(fake.Requests); // an instance with WorkerEnabled=false sends nothing
        }

        await using var worker = await OutboxHost.StartAsync(fake, prefix, time: clock);
        await OutboxHost.WaitUntilAsync(() => TestJobs.Posted(fake).Count == 2, what: "the two free recipients");
        await Task.Delay(500);

        Assert.DoesNotContain(TestJobs.Conversation(1), TestJobs.Posted(fake).Keys);
        Assert.Equal(1, (await worker.Outbox.ProgressAsync(job.JobId, CancellationToken.None)).Queued);

        clock.Advance(TimeSpan.FromMinutes(2));
        await worker.WaitForCompletionAsync(job.JobId);

        var record = (await worker.Outbox.DeliveriesAsync(job.JobId, CancellationToken.None)).Single(r => r.Key == "M00001");
        Assert.Equal((DeliveryState.Delivered, 2), (record.State, record.Attempts));
        Assert.Equal(1, TestJobs.Posted(fake)[TestJobs.Conversation(1)]);
    }

    [Fact]
    public async Task TwoInstancesOnOneStorage_EvenOnTheSameWorkItems_NeverSendTwice()
    {
        var prefix = TestStorage.NewPrefix();
        var settings = new Dictionary<string, string?> { ["Outbox:ChunkSize"] = "20", ["Outbox:AppRatePerSecond"] = "300" };
        await using var a = await OutboxHost.StartAsync(fake, prefix, settings);
        await using var b = await OutboxHost.StartAsync(fake, prefix, settings);
        var job = TestJobs.Send(fake, 400);

        await a.Outbox.EnqueueAsync(job, CancellationToken.None);
        // Every chunk's work item twice, so both instances work on the same recipients at the same time.
        var queue = a.Services.GetRequiredService<OutboxQueue>();
        for (var chunk = 0; chunk < 20; chunk++)
        {
            await queue.SendAsync(new OutboxMessage(job.JobId, chunk), TimeSpan.Zero, CancellationToken.None);
        }

        var progress = await b.WaitForCompletionAsync(job.JobId);

        Assert.Equal(400, progress.Delivered);
        var posted = TestJobs.Posted(fake);
        Assert.Equal(400, posted.Count);
        Assert.All(posted.Values, count => Assert.Equal(1, count));
        var senders = (await a.RowsAsync(job.JobId)).Select(r => r.ClaimedBy).Distinct().ToList();
        Assert.Equivalent(new[] { a.Services.GetRequiredService<OutboxSender>().Instance, b.Services.GetRequiredService<OutboxSender>().Instance }, senders);
    }
}
