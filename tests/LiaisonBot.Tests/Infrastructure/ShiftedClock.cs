namespace LiaisonBot.Tests.Infrastructure;

/// <summary>
/// The system clock plus an offset a test can move, so a closing date "arrives" while timers keep running in real time.
/// Inbound tokens are checked against it too: post nothing while it is shifted.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
