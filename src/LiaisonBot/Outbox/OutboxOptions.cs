using LiaisonBot.Hosting;

namespace LiaisonBot.Outbox;

/// <summary>Configuration section <c>Outbox</c>. Defaults suit one bot instance talking to Teams.</summary>
public sealed class OutboxOptions : ICheckedOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// Connector calls per second from this instance, paced evenly. Teams allows 50 per app per tenant (bot-protocol.md §6);
    /// with several instances give each its share.
    /// </summary>
    public int AppRatePerSecond { get; set; } = 30;

    /// <summary>Connector calls in flight at once; enough to reach <see cref="AppRatePerSecond"/> at the connector's latency.</summary>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>Connector calls per recipient for 412/502/503/504 and network errors before the delivery is Failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>429 answers per recipient before its delivery is Failed (each one holds its conversation for the Retry-After).</summary>
    public int MaxThrottledAttempts { get; set; } = 10;

    /// <summary>
    /// Distinct conversations answered 429 within <see cref="ThrottleSpreadWindow"/> that mean the app, not a conversation,
    /// is over its limit: then every send pauses for the Retry-After and the app rate halves. Teams' answer does not say
    /// which limit it was. An app over its limit gets a 429 for most calls past it (at 45/s, 10 % too fast is 4–5 a
    /// second), while at 45/s a 1 % scatter of per-conversation 429s puts 5 in one second about once in half an hour.
    /// </summary>
    public int ThrottleSpreadConversations { get; set; } = 5;

    /// <summary>The window of <see cref="ThrottleSpreadConversations"/>: Teams' app limit is counted per second.</summary>
    public TimeSpan ThrottleSpreadWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// After 429s spread, how long the halved app rate takes to climb back, linearly, to <see cref="AppRatePerSecond"/>. Long
    /// enough that a real lower limit is met again only every so often, short enough that a false alarm costs a few
    /// seconds of sending (a quarter of the rate over this time).
    /// </summary>
    public TimeSpan AppRateRecovery { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>First retry delay after a transient failure; doubles per attempt, ±20 % jitter, capped by <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One connector call's timeout (it then counts as a transient failure).</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a claimed delivery belongs to the instance that claimed it. If that instance dies, another one takes the
    /// delivery over after this long. Must exceed <see cref="SendTimeout"/>.
    /// </summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a received work item stays hidden from other instances; renewed while it is worked on.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Queue polling interval while there is no work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Work that waits for a time (a job's NotBefore, a delivery another instance holds until its claim expires) is looked at
    /// again at least this often. Queue visibility runs on the wall clock; this keeps the wait honest when the injected
    /// TimeProvider is not the wall clock.
    /// </summary>
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How stale a worker's view of "this job was cancelled" may be before a retry of a delivery it holds.</summary>
    public TimeSpan CancelCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Recipients per work item (one queue message, one table query). A conversation is never split across items.</summary>
    public int ChunkSize { get; set; } = 100;

    /// <summary>
    /// Work items this instance holds at most. It takes a new one only when fewer than 2 × MaxConcurrency conversations have
    /// a delivery that could go now, so a chat held back by its windows does not block the rest.
    /// </summary>
    public int MaxChunksInProgress { get; set; } = 16;

    /// <summary>
    /// How often at most a job's <see cref="IOutboxHook"/> hears from this instance that more of its recipients settled
    /// (e.g. to refresh a status card while a notice goes out).
    /// </summary>
    public TimeSpan HookInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>False: this instance enqueues and reports but sends nothing (another instance does).</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>The work queue; default: <c>Storage:TablePrefix</c> lowercased + <c>-outbox</c>, so each prefix has its own.</summary>
    public string? QueueName { get; set; }

    public IEnumerable<string> Problems()
    {
        if (AppRatePerSecond is < 1 or > 1000)
        {
            yield return "Outbox:AppRatePerSecond must be between 1 and 1000.";
        }

        if (MaxConcurrency < 1 || MaxAttempts < 1 || MaxThrottledAttempts < 1 || ChunkSize < 1 || MaxChunksInProgress < 1)
        {
            yield return "Outbox:MaxConcurrency, MaxAttempts, MaxThrottledAttempts, ChunkSize and MaxChunksInProgress must be at least 1.";
        }

        if (ThrottleSpreadConversations < 1 || ThrottleSpreadWindow <= TimeSpan.Zero || AppRateRecovery <= TimeSpan.Zero)
        {
            yield return "Outbox:ThrottleSpreadConversations must be at least 1, ThrottleSpreadWindow and AppRateRecovery positive.";
        }

        if (ClaimTimeout <= SendTimeout)
        {
            yield return "Outbox:ClaimTimeout must exceed Outbox:SendTimeout, or a slow call could be taken over and sent twice.";
        }

        if (VisibilityTimeout < TimeSpan.FromSeconds(1) || VisibilityTimeout > TimeSpan.FromDays(7))
        {
            yield return "Outbox:VisibilityTimeout must be between 1 second and 7 days.";
        }

        if (PollInterval <= TimeSpan.Zero || RecheckInterval <= TimeSpan.Zero || RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            yield return "Outbox:PollInterval and RecheckInterval must be positive, RetryMaxDelay at least RetryBaseDelay.";
        }

        if (HookInterval < TimeSpan.Zero)
        {
            yield return "Outbox:HookInterval must not be negative.";
        }
    }
}
