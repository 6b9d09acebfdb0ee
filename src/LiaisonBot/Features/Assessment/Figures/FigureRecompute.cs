using LiaisonBot.Features.DutyFile;
using LiaisonBot.Hosting;
using LiaisonBot.Storage;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>
/// Recomputes a group's assessment figures after its records change, in the background and a little later, as the duty
/// file's points are: a burst of changes to one group costs one recomputation. Only an open year's figures are stored
/// (<see cref="AssessmentFigures.RecomputeGroupAsync"/>): a change to a year not opened yet, or approved, costs one read.
/// </summary>
public sealed class FigureRecompute(AssessmentFigures figures, IOptions<DutyFileOptions> options, TimeProvider clock,
    Heartbeats heartbeats, ILogger<FigureRecompute> logger) : DebouncedWork<(int Year, string Group)>(clock, heartbeats)
{
    // Twice the points' delay: the members' minimums are read from the points, which the same change recomputes first.
    protected override TimeSpan Delay => options.Value.RecomputeDelay * 2;

    /// <summary>What <see cref="App.RecordChanges"/> calls: the group's records of the year changed.</summary>
    public void Changed(int year, string groupCode) => Enqueue((year, groupCode));

    protected override Task RunAsync((int Year, string Group) key, CancellationToken ct) => figures.RecomputeGroupAsync(key.Year, key.Group, ct);

    // The records are safe; only the figures lag until the next change or the secretariat's recompute.
    protected override void Failed((int Year, string Group) key, Exception e) =>
        logger.Log(StorageFailure.IsUnavailable(e) ? LogLevel.Warning : LogLevel.Error, e,
            "Assessment figures of group {Group} for {Year} could not be recomputed.", key.Group, key.Year);
}
