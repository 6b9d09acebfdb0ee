using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Reports;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>Counts a group's figures for a period from the members' activity reports and the year's plan.</summary>
public sealed class GroupFigureCounter(FiledActivities activities, PlanFigures plans, WorkCalendar calendar)
{
    public async Task<GroupFigures> CountAsync(Group group, Committee roster, DateOnly from, DateOnly to, CancellationToken ct)
    {
        // Activity reports are filed under the year of the activity, and a report's period lies within one year.
        var inPeriod = (await activities.OfGroupAsync(from.Year, group.Code, ct)).Where(r => r.Date >= from && r.Date <= to).ToList();
        var authors = inPeriod.Select(r => r.AuthorCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var members = roster.MembersOf(group.Code).ToList();
        var byKind = inPeriod.GroupBy(r => r.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (g.Key, g.Count())).ToList();
        return new GroupFigures(inPeriod.Count, byKind, members.Where(m => !authors.Contains(m.Code)).Select(m => m.Code).ToList(),
            members.Count, await plans.OfGroupAsync(group.Code, from.Year, ct), calendar.Now);
    }
}
