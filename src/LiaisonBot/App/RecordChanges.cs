namespace LiaisonBot.App;

/// <summary>
/// Tells whoever listens that a group's records of a work year changed (a report filed, verified or withdrawn, a plan task
/// done), so figures built from them are brought up to date. Writers call it after their write succeeded; a listener
/// queues work rather than doing it, and its failure never fails the writer.
/// </summary>
public sealed class RecordChanges(ILogger<RecordChanges> logger)
{
    private readonly List<Action<int, string>> listeners = [];

    /// <summary>Adds a listener; at start-up only, before any turn runs.</summary>
    public void Listen(Action<int, string> listener) => listeners.Add(listener);

    public void Changed(int year, string? groupCode)
    {
        if (groupCode is null)
        {
            return;
        }

        foreach (var listener in listeners)
        {
            try
            {
                listener(year, groupCode);
            }
            catch (Exception e)
            {
                logger.LogError(e, "A listener failed on the change of group {Group}'s {Year} records.", groupCode, year);
            }
        }
    }
}
