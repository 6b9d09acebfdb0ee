namespace LiaisonBot.Outbox;

/// <summary>
/// How a feature learns what became of the jobs it enqueued with <see cref="OutboxJob.Hook"/> set to the kind it registered
/// with <c>AddOutboxHook</c>, instead of polling. The calls come from whichever instance did the work, not necessarily
/// the one that enqueued the job, and may come more than once: both must be idempotent.
/// </summary>
public interface IOutboxHook
{
    /// <summary>
    /// Recipients of the job have settled (reached a final state) on this instance. Coalesced: at most one call per job at
    /// a time and one per <see cref="OutboxOptions.HookInterval"/>, with a last call after the last settle. Best effort:
    /// an instance that stops skips it, and <see cref="JobSettledAsync"/> still comes.
    /// </summary>
    public Task RecipientsSettledAsync(string jobId, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Every recipient of the job is final (delivered, not reachable, failed or cancelled). At least once: the work item
    /// that saw it stays on the queue until this returns true, so another instance calls again if this one dies first.
    /// Return false (or throw) to be asked again later, with backoff: e.g. while the command that enqueued the job has not
    /// yet saved the feature's own row. A job cancelled before its NotBefore never starts and is never reported.
    /// </summary>
    public Task<bool> JobSettledAsync(string jobId, CancellationToken ct);
}
