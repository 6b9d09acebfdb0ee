namespace LiaisonBot.Tests.Infrastructure;

/// <summary>
/// Tests whose assertion is a rate (so many calls within so much time): they run alone, after the rest, because a
/// stall from other tests on a busy 2-core machine could bunch their calls or spread them out.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "Timing-sensitive";
}
