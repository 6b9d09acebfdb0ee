using LiaisonBot.Calendar;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Hosting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Scoring;

/// <summary>
/// Closes rounds at their closing date, finishes closes that an instance left half done (its lease ran out), and erases
/// sealed scores a close did not get to. Every instance runs it; the tally's lease makes one of them do each close.
/// </summary>
public sealed class ScoringCloser(ScoringStore rounds, ScoringTally tally, WorkCalendar calendar, TimeProvider clock,
    Heartbeats heartbeats, IOptions<ScoringOptions> options, ILogger<ScoringCloser> log) : PeriodicService(clock, heartbeats, log)
{
    protected override TimeSpan Interval => options.Value.CloseCheckInterval;

    protected override string Work => "Closing scoring rounds";

    protected override Task RunOnceAsync(CancellationToken ct) => CloseDueAsync(ct);

    private async Task CloseDueAsync(CancellationToken ct)
    {
        var now = calendar.Now;
        foreach (var round in await rounds.AllAsync(ct))
        {
            var due = round.Status switch
            {
                RoundState.Open => round.ClosesAt <= now,
                RoundState.Closing => round.TallyUntil is not { } until || until <= now,
                RoundState.Closed => !round.SealedErased,
                _ => false,
            };
            if (due)
            {
                await tally.CloseAsync(round.Id, closedBy: null, ct);
            }
        }
    }
}
