using System.Threading.Channels;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>
/// Recomputes a group's points after its records change, in the background: the member who filed or the leader who
/// verified is answered at once, and a burst of changes to one group (a leader verifying ten reports) costs one or two
/// recomputations, not ten. A change that arrives while its group is being recomputed queues it once more.
/// </summary>
public sealed class PointsRecompute(PointsBook book, ILogger<PointsRecompute> logger) : BackgroundService
{
    private readonly Channel<(int Year, string Group)> queue = Channel.CreateUnbounded<(int, string)>(new() { SingleReader = true });
    private readonly HashSet<(int Year, string Group)> queued = [];

    public void Enqueue(int year, string groupCode)
    {
        lock (queued)
        {
            if (!queued.Add((year, groupCode)))
            {
                return;
            }
        }

        queue.Writer.TryWrite((year, groupCode));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (year, group) in queue.Reader.ReadAllAsync(stoppingToken))
        {
            lock (queued)
            {
                queued.Remove((year, group));
            }

            try
            {
                await book.RecomputeGroupAsync(year, group, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The records are safe; only their figures lag until the next change or the secretariat's recompute.
                var level = StorageFailure.IsUnavailable(e) ? LogLevel.Warning : LogLevel.Error;
                logger.Log(level, e, "Points of group {Group} for {Year} could not be recomputed.", group, year);
            }
        }
    }
}
