namespace LiaisonBot.Outbox;

/// <summary>Items that are about a whole job: a missing job row, a job's start, and a job whose recipients have all settled.</summary>
internal sealed partial class OutboxWorker
{
    /// <summary>An item whose job row is missing: its enqueue died before the job row (or the row was deleted).</summary>
    private async Task MissingJobAsync(string jobId, LeasedMessage message, CancellationToken stop)
    {
        if (message.DequeueCount >= MaxLooksForMissingJob)
        {
            logger.LogWarning("Outbox job {JobId} was never fully enqueued; dropping its work item.", jobId);
            await message.DeleteAsync(stop);
        }
        else
        {
            await message.HideAsync(Recheck(MissingJobRecheck), stop);
        }
    }

    private TimeSpan Recheck(TimeSpan wait) => wait < Options.RecheckInterval ? wait : Options.RecheckInterval;

    private async Task HideQuietlyAsync(LeasedMessage message)
    {
        try
        {
            await message.HideAsync(TimeSpan.Zero, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not hand an outbox work item back; it returns when its visibility runs out.");
        }
    }

    /// <summary>A job's first item: wait for NotBefore, then one item per chunk (duplicates from a retry are harmless).</summary>
    private async Task StartJobAsync(string jobId, LeasedMessage message, CancellationToken stop)
    {
        if (await jobs.GetAsync(jobId, stop) is not { } job)
        {
            await MissingJobAsync(jobId, message, stop);
            return;
        }

        if (await jobs.IsCancelledNowAsync(job, stop))
        {
            await message.DeleteAsync(stop);
            return;
        }

        var now = time.GetUtcNow();
        if (job.NotBefore > now)
        {
            await message.HideAsync(Recheck(job.NotBefore.Value - now), stop);
            return;
        }

        if (job.Chunks == 0)
        {
            await SettledAsync(job, message, stop); // no recipients: final as soon as it starts
            return;
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, job.Chunks), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = stop },
            async (chunk, ct) => await queue.SendAsync(new OutboxMessage(jobId, chunk), TimeSpan.Zero, ct));
        await message.DeleteAsync(stop);
        logger.LogInformation("Outbox job {JobId} started: {Total} deliveries in {Chunks} work items.", jobId, job.Total, job.Chunks);
    }

    /// <summary>
    /// A work item's recipients are all final: if the job has a hook and nothing of the whole job is left, the hook hears
    /// of it before the item is deleted. The instance whose write settles the job's last row sees the job final (its own
    /// write came first), and two chunks settling at once may both call the hook, which is why hooks are idempotent. If
    /// this instance dies before the hook has run, the item comes back when its visibility runs out and whoever takes it
    /// finds the rows final and calls the hook: no timer has to look for settled jobs.
    /// </summary>
    private async Task SettledAsync(JobContext job, LeasedMessage message, CancellationToken stop)
    {
        if (job.Hook is not null && !await store.AnyUnsettledAsync(job.Id, stop) && !await hooks.JobSettledAsync(job, stop))
        {
            if (message.DequeueCount < MaxLooksForHook)
            {
                var backoff = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(message.DequeueCount, 12)));
                await message.HideAsync(Recheck(backoff), CancellationToken.None);
                return;
            }

            logger.LogError("Outbox hook {Hook} of job {JobId} never completed; giving up on it.", job.Hook, job.Id);
        }

        await message.DeleteAsync(CancellationToken.None);
    }
}
