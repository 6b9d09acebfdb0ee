using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LiaisonBot.Storage;

/// <summary>
/// A readiness check's round trip to the storage account. The reason it gives is ours: the SDK's messages name the
/// account's URL, and health answers go to anyone who asks. The exception stays out of the result too, or every probe
/// of an outage (one every few seconds) would log its whole retry history.
/// </summary>
public static class StorageProbe
{
    /// <summary>How long a probe waits for the account: platforms probe every few seconds and give up soon after.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static async Task<HealthCheckResult> RunAsync(string what, Func<CancellationToken, Task> ping, CancellationToken ct)
    {
        try
        {
            await ping(ct);
            return HealthCheckResult.Healthy($"{what} answered");
        }
        catch (OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{what} did not answer within {Timeout.TotalSeconds:0} s");
        }
        catch (Exception e) when (StorageFailure.IsUnavailable(e))
        {
            return HealthCheckResult.Unhealthy($"{what} is unreachable");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy($"{what} refused the request ({e.GetType().Name})");
        }
    }
}
