using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.MassSupervision.Ballots;

/// <summary>
/// Refused codes, counted per client address and per open campaign in fixed windows: past the limit the page stops
/// looking codes up for that address (or that campaign) until the window ends, so 50-bit codes cannot be guessed by
/// trying. Kept in memory per instance: each instance enforces the limit on what it sees.
/// </summary>
public sealed class FailedCodes(IOptions<MassOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> byAddress = Limiter(options.Value.MaxFailuresPerAddress, options.Value.FailureWindow);
    private readonly PartitionedRateLimiter<string> byCampaign = Limiter(options.Value.MaxFailuresPerCampaign, options.Value.FailureWindow);

    public bool Blocked(string address, IEnumerable<string> openCampaigns) =>
        Exhausted(byAddress, address) || openCampaigns.Any(c => Exhausted(byCampaign, c));

    public void Record(string address, IEnumerable<string> openCampaigns)
    {
        byAddress.AttemptAcquire(address).Dispose();
        foreach (var campaign in openCampaigns)
        {
            byCampaign.AttemptAcquire(campaign).Dispose();
        }
    }

    public void Dispose()
    {
        byAddress.Dispose();
        byCampaign.Dispose();
    }

    private static bool Exhausted(PartitionedRateLimiter<string> limiter, string key) => limiter.GetStatistics(key)?.CurrentAvailablePermits <= 0;

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        }));
}
