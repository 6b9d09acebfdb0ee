using System.Globalization;
using LiaisonBot.Calendar;
using LiaisonBot.Features.Reports;
using LiaisonBot.Features.Roster;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>
/// The numbers a group report carries, taken from storage rather than typed: the members' duty activities in the period
/// by type, and the members who reported none. <see cref="At"/> is when they were counted.
/// </summary>
public sealed record GroupFigures(int ActivityTotal, IReadOnlyList<(ActivityKind Kind, int Count)> ByKind, IReadOnlyList<string> Silent,
    int GroupSize, DateTimeOffset? At)
{
    public static GroupFigures Read(int total, string? byKind, string? silent, int groupSize, DateTimeOffset? at) => new(
        total,
        (byKind ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .Where(p => p.Length == 2 && ActivityKinds.Parse(p[0]) is not null && int.TryParse(p[1], CultureInfo.InvariantCulture, out _))
            .Select(p => (ActivityKinds.Parse(p[0])!.Value, int.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToList(),
        (silent ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries),
        groupSize,
        at);

    public string? WriteByKind() => ByKind.Count == 0
        ? null
        : string.Join(';', ByKind.Select(k => $"{k.Kind}={k.Count.ToString(CultureInfo.InvariantCulture)}"));
}

/// <summary>Counts a group's figures for a period from the members' activity reports.</summary>
public sealed class GroupFigureCounter(ReportStore reports, WorkCalendar calendar)
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
            members.Count, calendar.Now);
    }
}
