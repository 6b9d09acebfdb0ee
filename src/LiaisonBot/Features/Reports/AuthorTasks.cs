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
        var years = Enumerable.Range(calendar.EarliestReportDate.Year, calendar.WorkYear - calendar.EarliestReportDate.Year + 1).Reverse().ToList();
        var perYear = await Task.WhenAll(years.Select(year => source.TasksOfAsync(caller.Member, year, ct)));
        return [.. years.Zip(perYear).SelectMany(y => y.Second.Select(t => new AuthorTask(y.First, t.Key, t.Title, t.IsOpen)))];
    }

    public async Task<ReportFormChoices> ChoicesAsync(Caller caller, ReportValues values, CancellationToken ct) =>
        ReportFormChoices.For(caller, await OfAsync(caller, ct), values);
}
