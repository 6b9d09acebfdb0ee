namespace LiaisonBot.Outbox;

/// <summary>A chunk's item: its unfinished recipients handed to the dispatcher, and the item deleted or hidden again after.</summary>
internal sealed partial class OutboxWorker
{
    private async Task DeliverChunkAsync(string jobId, int chunk, LeasedMessage message, Action submitted, CancellationToken stop)
    {
        if (await jobs.GetAsync(jobId, stop) is not { } job)
        {
            await MissingJobAsync(jobId, message, stop);
            return;
        }

        using var keep = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var keeping = message.KeepAsync(keep.Token);
        try
        {
            while (true)
            {
                var rows = await store.ChunkAsync(jobId, chunk, stop);
                var now = time.GetUtcNow();
                bool HeldElsewhere(DeliveryEntity r) => r.State == RowStates.Sending && r.ClaimedUntil > now;
                var heldElsewhere = rows.Where(HeldElsewhere).ToList();
                var work = rows.Where(r => !RowStates.IsFinal(r.State) && !HeldElsewhere(r)).Select(r => new DeliveryWork(job, r)).ToList();
                if (work.Count == 0)
                {
                    if (heldElsewhere.Count == 0)
                    {
                        await SettledAsync(job, message, stop);
                    }
                    else
                    {
                        await message.HideAsync(Recheck(heldElsewhere.Min(r => r.ClaimedUntil!.Value) - now + TimeSpan.FromSeconds(1)), CancellationToken.None);
                    }

                    return;
                }

                dispatcher.Submit(work);
                submitted();
                var ends = await Task.WhenAll(work.Select(w => w.Done.Task));
                if (ends.Contains(WorkEnd.Abandoned))
                {
                    await message.HideAsync(TimeSpan.Zero, CancellationToken.None); // stopping: free for another instance now
                    return;
                }

                if (heldElsewhere.Count == 0 && ends.All(e => e == WorkEnd.Settled))
                {
                    await SettledAsync(job, message, stop);
                    return;
                }

                if (!ends.Contains(WorkEnd.Settled))
                {
                    // Nothing moved (rows taken by another instance, or storage trouble): look again later, not at once.
                    await message.HideAsync(Recheck(UnsettledRecheck), CancellationToken.None);
                    return;
                }

                // Some rows were changed under us (another instance, a cancel): read the chunk again and decide.
            }
        }
        finally
        {
            await keep.CancelAsync();
            await keeping;
        }
    }
}
