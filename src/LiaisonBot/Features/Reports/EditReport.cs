using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports;

/// <summary>Editing a report: the form filled in with what is stored, and saving it unless someone changed it meanwhile.</summary>
public sealed class EditReport(ReportStore store, AuthorTasks tasks, RecordChanges changes, WorkCalendar calendar)
{
    public Task<AdaptiveCard> EditAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.OwnAsync(turn, caller, ct).OrAsync(() => ReportNotice.NotFound(caller.Texts), async report => !report.AuthorMayChange
            ? ReportReceipt.Card(caller.Texts, report, caller.Roster, calendar)
            : await FormAsync(caller, report, null, ct));

    /// <summary>Saves the checked <paramref name="draft"/> of the edit form <see cref="FileReport"/> received.</summary>
    public Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, string id, ReportDraft draft, CancellationToken ct) =>
        store.FindAsync(caller.Member.Code, id, ct).OrAsync(() => ReportNotice.NotFound(caller.Texts), report => SaveAsync(turn, caller, report, draft, ct));

    private async Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, ReportEntity report, ReportDraft draft, CancellationToken ct)
    {
        var member = caller.Member;
        if (!report.AuthorMayChange || Matches(report, draft, member))
        {
            return ReportReceipt.Card(caller.Texts, report, caller.Roster, calendar); // nothing to change (or a double click)
        }

        if (turn.SeenETag() is not { } seen || seen != report.ETag)
        {
            return await FormAsync(caller, report, "Report.Form.Changed", ct);
        }

        var yearBefore = report.WorkYear;
        draft.WriteTo(report, member, calendar.Now, calendar);
        report.Edits++;
        report.Resubmit();
        if (!await store.TryReplaceAsync(report, seen, ct))
        {
            return await store.FindAsync(member.Code, report.Id, ct)
                .OrAsync(() => ReportNotice.NotFound(caller.Texts), current => FormAsync(caller, current, "Report.Form.Changed", ct));
        }

        if (yearBefore != report.WorkYear)
        {
            changes.Changed(yearBefore, report.GroupCode); // the store announced the new year; the year it left changed too
        }

        return ReportReceipt.Card(caller.Texts, report, caller.Roster, calendar);
    }

    private bool Matches(ReportEntity report, ReportDraft draft, Member author)
    {
        var copy = new ReportEntity();
        draft.WriteTo(copy, author, report.UpdatedAt, calendar);
        return (copy.Kind, copy.Title, copy.ActivityDate, copy.Place, copy.Description, copy.Outcome, copy.Participants, copy.TaskKey) ==
               (report.Kind, report.Title, report.ActivityDate, report.Place, report.Description, report.Outcome, report.Participants, report.TaskKey);
    }

    private async Task<AdaptiveCard> FormAsync(Caller caller, ReportEntity report, string? notice, CancellationToken ct)
    {
        var values = new ReportValues(report.Kind, report.Title, WorkCalendar.Iso(calendar.ToDate(report.ActivityDate)), report.Place ?? "",
            report.Description, report.Outcome ?? "", string.Join(',', report.ParticipantCodes), report.TaskKey ?? "");
        var state = new ReportFormState(null, report.Id, report.ETag.ToString(), values, new Dictionary<string, FieldError>(), notice);
        return ReportFormCard.Build(caller.Texts, state, await tasks.ChoicesAsync(caller, values, ct), calendar);
    }
}
