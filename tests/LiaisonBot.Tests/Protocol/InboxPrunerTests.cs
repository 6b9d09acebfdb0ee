using LiaisonBot.Protocol;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Protocol;

/// <summary>The inbox forgets a delivery once no redelivery can come, and not before.</summary>
public sealed class InboxPrunerTests : IAsyncLifetime
{
    private readonly ShiftedClock clock = new();
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(services: services => services.AddSingleton<TimeProvider>(clock));
        await host.ImportRosterAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ADelivery_IsRemembered_ForTwoDays_ThenForgotten()
    {
        var member = TestUser.Of(SampleRoster.Member, host);
        await host.PostAsync(member.Message("帮助"));
        await host.PostAsync(member.Message("我的任务"));
        Assert.Equal(2, (await host.RowsAsync(InboxDeduplicator.Table)).Count);
        var pruner = host.Services.GetRequiredService<InboxPruner>();

        clock.Offset = TimeSpan.FromDays(1); // nothing is posted while the clock is shifted: tokens are checked against it
        Assert.Equal(0, await pruner.PruneAsync(CancellationToken.None));
        Assert.Equal(2, (await host.RowsAsync(InboxDeduplicator.Table)).Count);

        clock.Offset = TimeSpan.FromDays(2) + TimeSpan.FromMinutes(5);
        Assert.Equal(2, await pruner.PruneAsync(CancellationToken.None));
        Assert.Empty(await host.RowsAsync(InboxDeduplicator.Table));
        Assert.Equal(0, await pruner.PruneAsync(CancellationToken.None)); // a second instance's pass finds nothing, and fails on nothing
    }
}
