namespace LiaisonBot.Tests.Infrastructure;

/// <summary>
/// Tests whose assertion is a rate or a Retry-After window (so many calls within so much time, none within 100 ms of a
/// 429): they run alone, after the rest, because a stall from other tests on a busy 2-core machine could bunch their
/// calls, spread them out or hold one in flight past the window.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "Timing-sensitive";
}
