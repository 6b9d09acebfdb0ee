using LiaisonBot.Hosting;
using LiaisonBot.Storage;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>
/// Recomputes a group's points after its records change, in the background and a little later: the member who filed or
/// the leader who verified is answered at once, and a burst of changes to one group (a leader verifying ten reports, a
/// busy evening of reports) costs one recomputation, not one a change.
/// </summary>
public sealed class PointsRecompute(PointsBook book, IOptions<DutyFileOptions> options, TimeProvider clock,
    Heartbeats heartbeats, ILogger<PointsRecompute> logger) : DebouncedWork<(int Year, string Group)>(clock, heartbeats)
{
    protected override TimeSpan Delay => options.Value.RecomputeDelay;

    /// <summary>What <see cref="App.RecordChanges"/> calls: the group's records of the year changed.</summary>
    public void Changed(int year, string groupCode) => Enqueue((year, groupCode));

    protected override Task RunAsync((int Year, string Group) key, CancellationToken ct) => book.RecomputeGroupAsync(key.Year, key.Group, ct);

    // The records are safe; only their figures lag until the next change or the secretariat's recompute.
    protected override void Failed((int Year, string Group) key, Exception e) =>
        logger.Log(StorageFailure.IsUnavailable(e) ? LogLevel.Warning : LogLevel.Error, e,
            "Points of group {Group} for {Year} could not be recomputed.", key.Group, key.Year);
}
