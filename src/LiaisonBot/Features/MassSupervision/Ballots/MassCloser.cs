using LiaisonBot.Calendar;
using LiaisonBot.Hosting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.MassSupervision.Ballots;

/// <summary>
/// Closes campaigns past their end date, finishes closes an instance left half done (its lease ran out), and erases
/// sealed values a close did not get to. Every instance runs it; the tally's lease makes one of them do each close.
/// </summary>
public sealed class MassCloser(CampaignStore campaigns, MassTally tally, WorkCalendar calendar, TimeProvider clock,
    Heartbeats heartbeats, IOptions<MassOptions> options, ILogger<MassCloser> log) : PeriodicService(clock, heartbeats, log)
{
    protected override TimeSpan Interval => options.Value.CloseCheckInterval;

    protected override string Work => "Closing mass supervision campaigns";

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        var now = calendar.Now;
        foreach (var c in await campaigns.AllAsync(ct))
        {
            var due = c.Status switch
            {
                CampaignState.Open => c.EndsAt <= now,
                CampaignState.Closing => c.TallyUntil is not { } until || until <= now,
                _ => !c.SealedErased,
            };
            if (due)
            {
                await tally.CloseAsync(c.Id, closedBy: null, ct);
            }
        }
    }
}
