namespace LiaisonBot.Reminders;

/// <summary>One kind of reminder a feature sends (plan deadlines, reports waiting for verification), run outside quiet hours.</summary>
public interface IReminderPass
{
    /// <summary>Sends what is due on <paramref name="today"/>; returns how many reminders it enqueued.</summary>
    public Task<int> RunAsync(DateOnly today, bool digestDay, CancellationToken ct);
}
