using LiaisonBot.App;
using LiaisonBot.Calendar;

namespace LiaisonBot.Features.Reports;

/// <summary>A plan task the author may file a report for, with the work year of its plan.</summary>
public sealed record AuthorTask(int Year, string Key, string Title, bool IsOpen);

/// <summary>
/// The author's own plan tasks a report may count for: those of every year a report may be dated in (in January, last
/// year's too), sent to them and not cancelled. A report counts for a task only if its activity date is in the task's year.
/// </summary>
public sealed class AuthorTasks(IReportTaskSource source, WorkCalendar calendar)
{
    public async Task<IReadOnlyList<AuthorTask>> OfAsync(Caller caller, CancellationToken ct)
    {
        var tasks = new List<AuthorTask>();
        for (var year = calendar.WorkYear; year >= calendar.EarliestReportDate.Year; year--)
        {
            tasks.AddRange((await source.TasksOfAsync(caller.Member, year, ct)).Select(t => new AuthorTask(year, t.Key, t.Title, t.IsOpen)));
        }

        return tasks;
    }

    public async Task<ReportFormChoices> ChoicesAsync(Caller caller, ReportValues values, CancellationToken ct) =>
        ReportFormChoices.For(caller, await OfAsync(caller, ct), values);
}
