using LiaisonBot.Hosting;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Hosting;

/// <summary>How long a loop may stay silent, and that event-driven work with nothing to do never counts as stuck.</summary>
public sealed class HeartbeatsTests
{
    private readonly ShiftedClock clock = new();

    [Fact]
    public void ALoop_IsStuck_OnlyOnceSilentForThreeIntervalsAndTheMargin()
    {
        var heartbeats = new Heartbeats(clock);
        heartbeats.Start("Closer", TimeSpan.FromSeconds(30));

        clock.Offset = TimeSpan.FromSeconds(89) + Heartbeats.Margin;
        Assert.Empty(heartbeats.Stuck());

        clock.Offset = TimeSpan.FromSeconds(91) + Heartbeats.Margin;
        Assert.Equal("Closer", Assert.Single(heartbeats.Stuck()).Service);
    }

    [Fact]
    public void ABeat_AndAnOrderlyStop_ClearIt()
    {
        var heartbeats = new Heartbeats(clock);
        var heartbeat = heartbeats.Start("Closer", TimeSpan.FromSeconds(30));
        clock.Offset = TimeSpan.FromHours(1);
        heartbeat.Beat();
        Assert.Empty(heartbeats.Stuck());

        clock.Offset = TimeSpan.FromHours(2);
        heartbeats.Stop(heartbeat);
        Assert.Empty(heartbeats.Stuck());
    }

    [Fact]
    public void EventDrivenWork_IsStuck_OnlyWhileWorkWaits()
    {
        var heartbeats = new Heartbeats(clock);
        var waiting = false;
        heartbeats.Start("Recompute", TimeSpan.FromSeconds(1), () => waiting);

        clock.Offset = TimeSpan.FromHours(1);
        Assert.Empty(heartbeats.Stuck());

        waiting = true;
        Assert.Equal("Recompute", Assert.Single(heartbeats.Stuck()).Service);
    }
}
