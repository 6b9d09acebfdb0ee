namespace LiaisonBot.Bench;

/// <summary>Lets a number of phones go at the same moment: each waits until all have arrived.</summary>
public sealed class Together(int count)
{
    private readonly TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int waiting = count;

    public Task ArriveAsync()
    {
        if (Interlocked.Decrement(ref waiting) == 0)
        {
            all.SetResult();
        }

        return all.Task;
    }
}
