using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports;

/// <summary>
/// Filing a duty activity: the empty form and its submit. The form being edited sends the same verb, which goes on to
/// <see cref="EditReport"/>. The author is always the caller as the roster knows them.
/// </summary>
public sealed class FileReport(ReportStore store, AuthorTasks tasks, EditReport edit, WorkCalendar calendar)
{
    public static readonly CommandInfo Command = new(ReportVerbs.Report, Roles.Member);

    public async Task<AdaptiveCard> FormAsync(Turn turn, Caller caller, CancellationToken ct) =>
        ReportFormCard.Build(caller.Texts, ReportFormState.New(), await tasks.ChoicesAsync(caller, ReportValues.Empty, ct), calendar);

    public async Task<AdaptiveCard> SubmitAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        // Most reports name no plan task: their tasks are read only to check one that is named, or to show the form again.
        var named = turn.ActionString(ReportForm.Task) is { Length: > 0 };
        var own = named ? await tasks.OfAsync(caller, ct) : [];
        var input = ReportForm.Read(turn.ActionData, caller.Member, caller.Roster, calendar, own);
        var reportId = turn.ActionId(ReportVerbs.ReportId);
        var formId = turn.ActionId(ReportVerbs.FormId);
        if (reportId is null && formId is null)
        {
            return ReportNotice.Card(caller.Texts, "Report.Expired");
        }

        if (input.Draft is null)
        {
            return ReportFormCard.Build(caller.Texts, new ReportFormState(formId, reportId, turn.ActionString(ReportVerbs.ETag), input.Values, input.Errors),
                ReportFormChoices.For(caller, named ? own : await tasks.OfAsync(caller, ct), input.Values), calendar);
        }

        return reportId is null
            ? await CreateAsync(caller, formId!, input.Draft, ct)
            : await edit.SaveAsync(turn, caller, reportId, input.Draft, ct);
    }

    private async Task<AdaptiveCard> CreateAsync(Caller caller, string id, ReportDraft draft, CancellationToken ct)
    {
        var member = caller.Member;
        var now = calendar.Now;
        var entity = new ReportEntity { PartitionKey = member.Code, RowKey = id, AuthorCode = member.Code, CreatedAt = now, Review = nameof(ReviewState.Submitted) };
        draft.WriteTo(entity, member, now, calendar);
        var (stored, _) = await store.CreateAsync(entity, ct); // a second delivery of the same form returns the first
        return ReportReceipt.Card(caller.Texts, stored, caller.Roster, calendar);
    }
}
