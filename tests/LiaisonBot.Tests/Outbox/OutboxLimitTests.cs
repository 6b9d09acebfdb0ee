using LiaisonBot.Outbox;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Outbox;

/// <summary>Our side of the Teams rate limits, checked by a fake that polices them with exact sliding windows.</summary>
[Collection(TimingSensitive.Name)]
public sealed class OutboxLimitTests : IAsyncLifetime
{
    private FakeBotFramework fake = null!;

    public async Task InitializeAsync() => this.fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await this.fake.DisposeAsync();

    [Fact]
    public async Task TwentyUpdatesIntoOneConversation_AreSpreadOverTheOneAndTwoSecondWindows()
    {
        this.fake.EnforceLimits(TeamsLimits.Published with { PerApp = null });
        await using var host = await OutboxHost.StartAsync(this.fake);
        const string channel = "19:general@thread.tacv2";
        var recipients = Enumerable.Range(1, 20).Select(i => new OutboxRecipient($"U{i:D2}", this.fake.ServiceUrl, channel, "zh-CN", $"17000000000{i:D2}")).ToList();
        var job = new OutboxJob("updates-" + Guid.NewGuid().ToString("N")[..6], DeliveryKind.Update,
            new Dictionary<string, Activity> { ["zh-CN"] = TestJobs.Card("进度已更新") }, recipients);

        await host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await host.WaitForCompletionAsync(job.JobId, TimeSpan.FromSeconds(30));

        var puts = this.fake.Requests.Where(r => r.Method == "PUT").Select(r => r.At).Order().ToList();
        Assert.Equal(20, puts.Count);
        for (var i = 0; i + 7 < puts.Count; i++)
        {
            Assert.True(puts[i + 7] - puts[i] >= TimeSpan.FromSeconds(1), $"calls {i}..{i + 7} within {puts[i + 7] - puts[i]}");
        }

        for (var i = 0; i + 8 < puts.Count; i++)
        {
            Assert.True(puts[i + 8] - puts[i] >= TimeSpan.FromSeconds(2), $"calls {i}..{i + 8} within {puts[i + 8] - puts[i]}");
        }

        Assert.Empty(this.fake.Violations);
        Assert.Equal(recipients.Select(r => r.ActivityId), this.fake.Requests.Where(r => r.Method == "PUT").Select(r => r.ActivityId).Order());
    }

    [Fact]
    public async Task AppRate_IsPacedEvenly()
    {
        // Paced evenly, 20 a second fall in any second; a late timer tick or a slow request can push one or two more in.
        this.fake.EnforceLimits(TeamsLimits.Published with { PerApp = (23, TimeSpan.FromSeconds(1)) });
        await using var host = await OutboxHost.StartAsync(this.fake, settings: new Dictionary<string, string?> { ["Outbox:AppRatePerSecond"] = "20" });
        var job = TestJobs.Send(this.fake, 50);

        await host.Outbox.EnqueueAsync(job, CancellationToken.None);
        await host.WaitForCompletionAsync(job.JobId);

        var arrivals = this.fake.Requests.Select(r => r.At).Order().ToList();
        Assert.True(arrivals[^1] - arrivals[0] >= TimeSpan.FromSeconds(2.2), $"50 calls at 20/s took {arrivals[^1] - arrivals[0]}");
        Assert.Empty(this.fake.Violations);
    }
}
