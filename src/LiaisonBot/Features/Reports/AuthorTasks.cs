using LiaisonBot.App;
using LiaisonBot.Calendar;

namespace LiaisonBot.Features.Reports;

/// <summary>The author's own plan tasks a report may count for (this work year's, sent to them, not cancelled).</summary>
public sealed class AuthorTasks(IReportTaskSource source, WorkCalendar calendar)
{
    public Task<IReadOnlyList<OwnTask>> OfAsync(Caller caller, CancellationToken ct) => source.TasksOfAsync(caller.Member, calendar.WorkYear, ct);

    public async Task<ReportFormChoices> ChoicesAsync(Caller caller, string? current, CancellationToken ct) =>
        ReportFormChoices.For(caller, await OfAsync(caller, ct), current);
}
