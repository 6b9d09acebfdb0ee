using Azure;

namespace LiaisonBot.Storage;

public static class StorageFailure
{
    /// <summary>
    /// True when storage could not be reached or answered with a server error even after the SDK's own retries:
    /// the user is told to try again later rather than shown an error.
    /// </summary>
    public static bool IsUnavailable(Exception e) => e switch
    {
        RequestFailedException r => r.Status is 0 or 408 or 429 or >= 500,
        AggregateException a => a.InnerExceptions.Any(IsUnavailable),
        HttpRequestException or TimeoutException => true,
        _ => e.InnerException is not null && IsUnavailable(e.InnerException),
    };
}
