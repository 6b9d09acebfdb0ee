using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Reports;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>
/// The numbers a group report carries, taken from storage rather than typed: the members' duty activities in the period
/// by type, the members who reported none, and the tasks of the year's plan (null when none has been sent to the
/// members yet). <see cref="At"/> is when they were counted.
/// </summary>
public sealed record GroupFigures(int ActivityTotal, IReadOnlyList<(ActivityKind Kind, int Count)> ByKind, IReadOnlyList<string> Silent,
    int GroupSize, TaskFigures? Tasks, DateTimeOffset? At)
{
    public static GroupFigures Read(int total, string? byKind, string? silent, int groupSize, TaskFigures? tasks, DateTimeOffset? at) => new(
        total,
        (byKind ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .Where(p => p.Length == 2 && ActivityKinds.Parse(p[0]) is not null && int.TryParse(p[1], CultureInfo.InvariantCulture, out _))
            .Select(p => (ActivityKinds.Parse(p[0])!.Value, int.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToList(),
        (silent ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries),
        groupSize,
        tasks,
        at);

    public string? WriteByKind() => ByKind.Count == 0
        ? null
        : string.Join(';', ByKind.Select(k => $"{k.Kind}={k.Count.ToString(CultureInfo.InvariantCulture)}"));
}

/// <summary>The plan's tasks that the members have received: done, still open, and of those the ones past their due date.</summary>
public sealed record TaskFigures(int Done, int Open, int Overdue);

/// <summary>Counts a group's figures for a period from the members' activity reports and the year's plan.</summary>
public sealed class GroupFigureCounter(ReportStore reports, PlanStore plans, WorkCalendar calendar)
{
    public async Task<GroupFigures> CountAsync(Group group, Committee roster, DateOnly from, DateOnly to, CancellationToken ct)
    {
        // Activity reports are filed under the year of the activity, and a report's period lies within one year.
        var inPeriod = (await reports.ByYearAsync(from.Year, group.Code, ct))
            .Where(r => !r.Withdrawn && calendar.ToDate(r.ActivityDate) is var d && d >= from && d <= to)
            .ToList();
        var authors = inPeriod.Select(r => r.AuthorCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var members = roster.MembersOf(group.Code).ToList();
        var byKind = inPeriod.GroupBy(r => r.ActivityKind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (g.Key, g.Count())).ToList();
        return new GroupFigures(inPeriod.Count, byKind, members.Where(m => !authors.Contains(m.Code)).Select(m => m.Code).ToList(),
            members.Count, await TasksAsync(group, from.Year, ct), calendar.Now);
    }

    /// <summary>A draft plan's tasks are not the group's yet, and cancelled ones no longer are: neither counts.</summary>
    private async Task<TaskFigures?> TasksAsync(Group group, int year, CancellationToken ct)
    {
        var live = (await plans.TasksAsync(group.Code, year, ct)).Where(t => t.PublishedRevision > 0 && !t.Cancelled).ToList();
        var today = calendar.Today;
        return live.Count == 0
            ? null
            : new TaskFigures(live.Count(t => t.Status == PlanTaskStatus.Done), live.Count(t => t.IsOpen), live.Count(t => t.IsOverdue(today)));
    }
}
