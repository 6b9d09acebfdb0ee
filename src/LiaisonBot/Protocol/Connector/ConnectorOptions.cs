using LiaisonBot.Hosting;

namespace LiaisonBot.Protocol.Connector;

/// <summary>
/// Configuration section <c>Connector</c>: retry policy and rate limits of connector calls (bot-protocol.md §6). Defaults
/// follow the Teams rate-limit guidance.
/// </summary>
public sealed class ConnectorOptions : ICheckedOptions
{
    public const string Section = "Connector";

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

    // A turn's reply waits for these retries, so they stay within what a user would wait for.
    public IEnumerable<string> Problems() => Setting.Problems(
        Setting.Between("Connector:MaxRetries", MaxRetries, 0, 10),
        Setting.Between("Connector:BaseDelay", BaseDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1)),
        Setting.Between("Connector:MaxDelay", MaxDelay, BaseDelay, TimeSpan.FromMinutes(5)),
        Setting.Between("Connector:MaxRetryAfter", MaxRetryAfter, TimeSpan.Zero, TimeSpan.FromMinutes(5)),
        Setting.Between("Connector:ConversationWindowSlack", ConversationWindowSlack, TimeSpan.Zero, TimeSpan.FromSeconds(5)));
}
