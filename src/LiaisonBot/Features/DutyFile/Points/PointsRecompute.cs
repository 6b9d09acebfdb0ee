using System.Threading.Channels;
using LiaisonBot.Storage;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>
/// Recomputes a group's points after its records change, in the background and a little later: the member who filed or
/// the leader who verified is answered at once, and a burst of changes to one group (a leader verifying ten reports, a
/// busy evening of reports) costs one recomputation, not one a change. A change that arrives while its group is being
/// recomputed queues it once more.
/// </summary>
public sealed class PointsRecompute(PointsBook book, IOptions<DutyFileOptions> options, TimeProvider clock, ILogger<PointsRecompute> logger)
    : BackgroundService
{
    private readonly Channel<(int Year, string Group, DateTimeOffset Due)> queue =
        Channel.CreateUnbounded<(int, string, DateTimeOffset)>(new() { SingleReader = true });

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

        queue.Writer.TryWrite((year, groupCode, clock.GetUtcNow() + options.Value.RecomputeDelay));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Every item waits the same delay, so the queue is in due order: waiting for its head is enough.
        await foreach (var (year, group, due) in queue.Reader.ReadAllAsync(stoppingToken))
        {
            if (due > clock.GetUtcNow())
            {
                await Task.Delay(due - clock.GetUtcNow(), clock, stoppingToken);
            }

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
