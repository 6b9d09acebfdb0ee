namespace LiaisonBot.Protocol.Connector;

/// <summary>Retry policy and rate limits of connector calls (bot-protocol.md §6). Defaults follow the Teams rate-limit guidance.</summary>
public sealed class ConnectorOptions
{
    /// <summary>Retries after the first attempt; 0 disables retrying.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay when the response has no Retry-After; doubles per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on one backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// A Retry-After longer than this is not waited out in-process: the call fails with
    /// <see cref="ConnectorException.RetryAfter"/> set, so a queue can reschedule the work instead of holding a request.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Extra time added to each per-conversation window (<see cref="ConversationLimits"/>), for the jitter between our
    /// permit and the request's arrival at Teams.
    /// </summary>
    public TimeSpan ConversationWindowSlack { get; set; } = TimeSpan.FromMilliseconds(150);
}
