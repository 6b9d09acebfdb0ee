using LiaisonBot.Outbox;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Outbox;

/// <summary>How the outbox tells a conversation's 429 from the app's, and how its rate recovers after the app's.</summary>
[Collection(TimingSensitive.Name)]
public sealed class ThrottleResponseTests
{
    [Fact]
    public void Spread_NeedsThatManyDistinctConversations_AndThenStartsAfresh()
    {
        var spread = new ThrottleSpread(new OutboxOptions { ThrottleSpreadConversations = 3, ThrottleSpreadWindow = TimeSpan.FromSeconds(10) });

        Assert.Equal(
            [false, false, false, false, true, false],
            new[] { "a:1", "a:1", "a:2", "a:2", "a:3", "a:1" }.Select(spread.Add));
    }

    [Fact]
    public async Task Spread_ForgetsThrottlesOlderThanItsWindow()
    {
        var spread = new ThrottleSpread(new OutboxOptions { ThrottleSpreadConversations = 2, ThrottleSpreadWindow = TimeSpan.FromMilliseconds(100) });

        Assert.False(spread.Add("a:1"));
        await Task.Delay(250);

        Assert.False(spread.Add("a:2"));
    }

    [Fact]
    public async Task SlowDown_HalvesTheRate_WhichClimbsBackOverTheRecovery()
    {
        var pacer = new AppPacer(new OutboxOptions { AppRatePerSecond = 40, AppRateRecovery = TimeSpan.FromMilliseconds(400) });
        Assert.Equal(40, pacer.Rate);

        pacer.SlowDown();

        Assert.InRange(pacer.Rate, 20, 30);
        await Task.Delay(500);
        Assert.Equal(40, pacer.Rate);
    }
}
