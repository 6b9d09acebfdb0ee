using System.Collections.Concurrent;
using LiaisonBot.Outbox;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Outbox;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>What a job's hook is told, by which instance, and that a dead instance's hook is run by another.</summary>
public sealed class OutboxHookTests : IAsyncLifetime
{
    private const string Kind = "test";

    private FakeBotFramework fake = null!;

    public async Task InitializeAsync() => fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Fact]
    public async Task TheInstanceThatSends_TellsTheHook_AsRecipientsSettle_AndOnceTheJobIsFinal()
    {
        var prefix = TestStorage.NewPrefix();
        await using var enqueuer = await StartAsync(prefix, new() { ["Outbox:WorkerEnabled"] = "false" });
        await using var sender = await StartAsync(prefix, new() { ["Outbox:HookInterval"] = "00:00:00.300", ["Outbox:AppRatePerSecond"] = "100" });
        var job = TestJobs.Send(fake, 60) with { Hook = Kind };

        await enqueuer.Outbox.EnqueueAsync(job, CancellationToken.None);
        var hook = Hook(sender);
        await OutboxHost.WaitUntilAsync(() => hook.Settled.ContainsKey(job.JobId), what: "the job's hook");

        Assert.Equal(new OutboxProgress(60, 0, 60, 0, 0, 0), hook.Settled[job.JobId]); // told only once every recipient was final
        Assert.Empty(Hook(enqueuer).Settled);
        await OutboxHost.WaitUntilAsync(() => hook.Progress.TryGetValue(job.JobId, out var last) && last.IsComplete, what: "a progress call after the last settle");
        Assert.InRange(hook.ProgressCalls, 2, 20); // folded: 60 settles over about 0.6 s, one call per 300 ms
    }

    [Fact]
    public async Task AHookThatIsNotReady_IsAskedAgain()
    {
        await using var host = await StartAsync(TestStorage.NewPrefix());
        var hook = Hook(host);
        hook.NotReadyFor = 2;
        var job = TestJobs.Send(fake, 5) with { Hook = Kind };

        await host.Outbox.EnqueueAsync(job, CancellationToken.None);

        await OutboxHost.WaitUntilAsync(() => hook.Settled.ContainsKey(job.JobId), what: "the hook, ready at last");
        Assert.Equal(3, hook.Asked);
        var queue = host.Services.GetRequiredService<OutboxQueue>();
        await OutboxHost.WaitUntilAsync(async () => await queue.CountAsync(CancellationToken.None) == 0, what: "the work item deleted");
    }

    [Fact]
    public async Task AJobWithNoRecipients_IsFinalAtOnce()
    {
        await using var host = await StartAsync(TestStorage.NewPrefix());
        var job = TestJobs.Send(fake, 0) with { Hook = Kind };

        await host.Outbox.EnqueueAsync(job, CancellationToken.None);

        await OutboxHost.WaitUntilAsync(() => Hook(host).Settled.ContainsKey(job.JobId), what: "the hook of an empty job");
    }

    [Fact]
    public async Task AnInstanceThatDiesBeforeItsHookHasRun_LeavesTheHookToAnother()
    {
        var prefix = TestStorage.NewPrefix();
        var settings = new Dictionary<string, string?> { ["Outbox:VisibilityTimeout"] = "00:00:02" };
        var dying = await StartAsync(prefix, settings);
        var stuck = Hook(dying);
        stuck.Hang = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var job = TestJobs.Send(fake, 10) with { Hook = Kind };
        await dying.Outbox.EnqueueAsync(job, CancellationToken.None);
        await OutboxHost.WaitUntilAsync(() => stuck.Asked > 0, what: "the first instance to reach the hook");

        await dying.CrashAsync(); // the hook never returns, as if the process had gone
        await using var survivor = await StartAsync(prefix, settings);

        await OutboxHost.WaitUntilAsync(() => Hook(survivor).Settled.ContainsKey(job.JobId), what: "the second instance to run the hook");
        Assert.Equal(10, TestJobs.Posted(fake).Count);
        Assert.All(TestJobs.Posted(fake).Values, count => Assert.Equal(1, count));
        stuck.Hang.SetResult();
        await dying.DisposeAsync();
    }

    [Fact]
    public async Task AJobNamingAnUnregisteredHook_IsRefused()
    {
        await using var host = await StartAsync(TestStorage.NewPrefix());

        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            host.Outbox.EnqueueAsync(TestJobs.Send(fake, 1) with { Hook = "nobody" }, CancellationToken.None));

        Assert.Contains("nobody", refused.Message);
    }

    private Task<OutboxHost> StartAsync(string prefix, Dictionary<string, string?>? settings = null) =>
        OutboxHost.StartAsync(fake, prefix, settings, services: s => s.AddOutboxHook<RecordingHook>(Kind));

    private static RecordingHook Hook(OutboxHost host) => (RecordingHook)host.Services.GetRequiredKeyedService<IOutboxHook>(Kind);

    /// <summary>Records what it is told, with the job's progress as the hook saw it.</summary>
    private sealed class RecordingHook(Outbox outbox) : IOutboxHook
    {
        private int asked;
        private int progressCalls;

        public ConcurrentDictionary<string, OutboxProgress> Settled { get; } = new();

        public ConcurrentDictionary<string, OutboxProgress> Progress { get; } = new();

        public int Asked => Volatile.Read(ref asked);

        public int ProgressCalls => Volatile.Read(ref progressCalls);

        /// <summary>Answers "not ready" this many times first.</summary>
        public int NotReadyFor { get; set; }

        /// <summary>Set: the job hook waits for it, ignoring cancellation.</summary>
        public TaskCompletionSource? Hang { get; set; }

        public async Task RecipientsSettledAsync(string jobId, CancellationToken ct)
        {
            Interlocked.Increment(ref progressCalls);
            Progress[jobId] = await outbox.ProgressAsync(jobId, ct);
        }

        public async Task<bool> JobSettledAsync(string jobId, CancellationToken ct)
        {
            if (Interlocked.Increment(ref asked) <= NotReadyFor)
            {
                return false;
            }

            if (Hang is { } hang)
            {
                await hang.Task;
                return true;
            }

            Settled[jobId] = await outbox.ProgressAsync(jobId, ct);
            return true;
        }
    }
}
