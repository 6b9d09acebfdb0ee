using Azure;

namespace LiaisonBot.Outbox;

/// <summary>How a work item's delivery left this instance's hands.</summary>
internal enum WorkEnd
{
    /// <summary>Final state written (by us or, as we found, by someone else).</summary>
    Settled,

    /// <summary>Someone else changed the row first; the work item must look again.</summary>
    Unsettled,

    /// <summary>The instance is stopping; the delivery is free for another instance.</summary>
    Abandoned,
}

/// <summary>One recipient on its way through the dispatcher: the row as last written by us, with its ETag.</summary>
internal sealed class DeliveryWork(JobContext job, DeliveryEntity row)
{
    public JobContext Job { get; } = job;
    public DeliveryEntity Row { get; } = row;
    public ETag ETag { get; set; } = row.ETag;

    /// <summary>Connector calls already made for this row (also by earlier owners).</summary>
    public int AttemptsMade { get; set; } = row.Attempts;

    /// <summary>True while the row says Sending and names us: we must release it if we stop before it is final.</summary>
    public bool HoldsClaim { get; set; }

    /// <summary>The claim was written for a call that has not been made yet (a pause came first): the next attempt may use it.</summary>
    public bool ClaimUnused { get; set; }

    /// <summary>Monotonic timestamp before which the next attempt must not start (retry backoff).</summary>
    public long DueAt { get; set; }

    public TaskCompletionSource<WorkEnd> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>What one attempt asks the dispatcher to do next.</summary>
internal readonly record struct AttemptEnd(bool Finished, WorkEnd End, TimeSpan RetryIn)
{
    public static AttemptEnd Final { get; } = new(true, WorkEnd.Settled, default);
    public static AttemptEnd Lost { get; } = new(true, WorkEnd.Unsettled, default);

    public static AttemptEnd Retry(TimeSpan after) => new(false, default, after);
}
