using LiaisonBot.Calendar;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Reminders;

/// <summary>One reminder pass: outside quiet hours, every feature's <see cref="IReminderPass"/> sends what is due today.</summary>
public sealed class Reminders(WorkCalendar calendar, IOptions<ReminderOptions> options, IEnumerable<IReminderPass> passes)
{
    /// <summary>Runs every pass unless it is quiet now; returns how many reminders were enqueued.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = calendar.ToLocal(calendar.Now);
        if (IsQuiet(TimeOnly.FromDateTime(now)))
        {
            return 0;
        }

        var today = DateOnly.FromDateTime(now);
        var sent = 0;
        foreach (var pass in passes)
        {
            sent += await pass.RunAsync(today, today.DayOfWeek == options.Value.DigestDay, ct);
        }

        return sent;
    }

    public bool IsQuiet(TimeOnly time)
    {
        var (from, until) = (options.Value.QuietFrom, options.Value.QuietUntil);
        return from <= until ? time >= from && time < until : time >= from || time < until;
    }
}
