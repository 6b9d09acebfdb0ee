using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports;

/// <summary>
/// Reporting a duty activity: the form, submit (new or edit), open, withdraw. The author is always the caller as the
/// roster knows them; a report is addressed by (caller, id), so no card data can reach another member's report.
/// </summary>
public sealed partial class ReportCommands(ReportStore store, IReportTaskSource tasks, WorkCalendar calendar)
{
    public static readonly CommandInfo ReportCommand = new(ReportVerbs.Report, Roles.Member);
    public static readonly CommandInfo MineCommand = new(ReportVerbs.Mine, Roles.Member);
    public static readonly CommandInfo GroupCommand = new(ReportVerbs.Group, Roles.Leader | Roles.Secretariat);
    public static readonly CommandInfo AllCommand = new(ReportVerbs.All, Roles.Secretariat);

    public static IReadOnlyList<CommandInfo> All { get; } = [ReportCommand, MineCommand, GroupCommand, AllCommand];

    public async Task<AdaptiveCard> FormAsync(Turn turn, Caller caller, CancellationToken ct) =>
        ReportCards.Form(caller.Texts, ReportFormState.New(), Choices(caller, await TasksAsync(caller, ct), null), calendar);

    public async Task<AdaptiveCard> SubmitAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var own = await TasksAsync(caller, ct);
        var input = ReportForm.Read(turn.ActionData, caller.Member, caller.Roster, calendar, own.ToDictionary(t => t.Key, t => t.Title));
        var reportId = Id(turn.ActionString(ReportVerbs.ReportId));
        var formId = Id(turn.ActionString(ReportVerbs.FormId));
        if (reportId is null && formId is null)
        {
            return ReportCards.Notice(caller.Texts, "Report.Expired");
        }

        if (input.Draft is null)
        {
            return ReportCards.Form(caller.Texts, new ReportFormState(formId, reportId, turn.ActionString(ReportVerbs.ETag), input.Values, input.Errors),
                Choices(caller, own, input.Values.Task), calendar);
        }

        return reportId is null
            ? await CreateAsync(caller, formId!, input.Draft, ct)
            : await SaveEditAsync(caller, reportId, turn.ActionString(ReportVerbs.ETag), input.Draft, ct);
    }

    public async Task<AdaptiveCard> OpenAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await OwnAsync(turn, caller, ct) is { } report
            ? ReportCards.Receipt(caller.Texts, report, caller.Roster, calendar)
            : ReportCards.Notice(caller.Texts, "Report.NotFound");

    public async Task<AdaptiveCard> EditAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await OwnAsync(turn, caller, ct) is not { } report)
        {
            return ReportCards.Notice(caller.Texts, "Report.NotFound");
        }

        return report.Withdrawn
            ? ReportCards.Receipt(caller.Texts, report, caller.Roster, calendar)
            : ReportCards.Form(caller.Texts, EditState(report, null), Choices(caller, await TasksAsync(caller, ct), report.TaskKey), calendar);
    }

    public async Task<AdaptiveCard> WithdrawAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await OwnAsync(turn, caller, ct) switch
        {
            null => ReportCards.Notice(caller.Texts, "Report.NotFound"),
            { Withdrawn: true } done => ReportCards.Receipt(caller.Texts, done, caller.Roster, calendar),
            var report => ReportCards.ConfirmWithdraw(caller.Texts, report, "", null),
        };

    public async Task<AdaptiveCard> ConfirmWithdrawAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await OwnAsync(turn, caller, ct) is not { } report)
        {
            return ReportCards.Notice(caller.Texts, "Report.NotFound");
        }

        var (reason, error) = ReportWithdrawal.Read(turn.ActionData);
        if (report.Withdrawn || error is not null)
        {
            return report.Withdrawn
                ? ReportCards.Receipt(caller.Texts, report, caller.Roster, calendar)
                : ReportCards.ConfirmWithdraw(caller.Texts, report, reason, error);
        }

        var seen = ETagOf(turn.ActionString(ReportVerbs.ETag)) ?? report.ETag;
        report.Withdrawn = true;
        report.WithdrawnAt = calendar.Now;
        report.WithdrawReason = reason;
        report.UpdatedAt = calendar.Now;
        if (!await store.TryReplaceAsync(report, seen, ct))
        {
            // Changed since the confirmation was shown (or withdrawn twice by a double click): show what is stored now.
            var current = await store.FindAsync(caller.Member.Code, report.Id, ct);
            return current is null ? ReportCards.Notice(caller.Texts, "Report.NotFound") : ReportCards.Receipt(caller.Texts, current, caller.Roster, calendar);
        }

        return ReportCards.Receipt(caller.Texts, report, caller.Roster, calendar);
    }

    private async Task<AdaptiveCard> CreateAsync(Caller caller, string id, ReportDraft draft, CancellationToken ct)
    {
        var member = caller.Member;
        var now = calendar.Now;
        var entity = new ReportEntity { PartitionKey = member.Code, RowKey = id, AuthorCode = member.Code, CreatedAt = now };
        Apply(entity, draft, member, now);
        var (stored, _) = await store.CreateAsync(entity, ct); // a second delivery of the same form returns the first
        return ReportCards.Receipt(caller.Texts, stored, caller.Roster, calendar);
    }

    private async Task<AdaptiveCard> SaveEditAsync(Caller caller, string id, string? etag, ReportDraft draft, CancellationToken ct)
    {
        var member = caller.Member;
        if (await store.FindAsync(member.Code, id, ct) is not { } report)
        {
            return ReportCards.Notice(caller.Texts, "Report.NotFound");
        }

        if (report.Withdrawn || Matches(report, draft, member))
        {
            return ReportCards.Receipt(caller.Texts, report, caller.Roster, calendar); // nothing to change (or a double click)
        }

        if (ETagOf(etag) is not { } seen || seen != report.ETag)
        {
            return ReportCards.Form(caller.Texts, EditState(report, "Report.Form.Changed"), Choices(caller, await TasksAsync(caller, ct), report.TaskKey), calendar);
        }

        Apply(report, draft, member, calendar.Now);
        report.Edits++;
        if (!await store.TryReplaceAsync(report, seen, ct))
        {
            var current = await store.FindAsync(member.Code, id, ct);
            return current is null
                ? ReportCards.Notice(caller.Texts, "Report.NotFound")
                : ReportCards.Form(caller.Texts, EditState(current, "Report.Form.Changed"), Choices(caller, await TasksAsync(caller, ct), current.TaskKey), calendar);
        }

        return ReportCards.Receipt(caller.Texts, report, caller.Roster, calendar);
    }

    private Task<ReportEntity?> OwnAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Id(turn.ActionString(ReportVerbs.ReportId)) is { } id
            ? store.FindAsync(caller.Member.Code, id, ct)
            : Task.FromResult<ReportEntity?>(null);

    private void Apply(ReportEntity entity, ReportDraft draft, Member author, DateTimeOffset now)
    {
        entity.AuthorName = author.Name;
        entity.GroupCode = author.GroupCode;
        entity.WorkYear = draft.Date.Year;
        entity.Kind = draft.Kind.ToString();
        entity.Title = draft.Title;
        entity.ActivityDate = calendar.ToUtc(draft.Date);
        entity.Place = draft.Place;
        entity.Description = draft.Description;
        entity.Outcome = draft.Outcome;
        entity.Participants = draft.Participants.Count > 0 ? string.Join(';', draft.Participants) : null;
        (entity.TaskKey, entity.TaskTitle) = (draft.Task?.Key, draft.Task?.Title);
        entity.UpdatedAt = now;
    }

    private bool Matches(ReportEntity report, ReportDraft draft, Member author)
    {
        var copy = new ReportEntity();
        Apply(copy, draft, author, report.UpdatedAt);
        return (copy.Kind, copy.Title, copy.ActivityDate, copy.Place, copy.Description, copy.Outcome, copy.Participants, copy.TaskKey) ==
               (report.Kind, report.Title, report.ActivityDate, report.Place, report.Description, report.Outcome, report.Participants, report.TaskKey);
    }

    private ReportFormState EditState(ReportEntity report, string? notice) => new(null, report.Id, report.ETag.ToString(),
        new ReportValues(report.Kind, report.Title, WorkCalendar.Iso(calendar.ToDate(report.ActivityDate)), report.Place ?? "",
            report.Description, report.Outcome ?? "", string.Join(',', report.ParticipantCodes), report.TaskKey ?? ""),
        new Dictionary<string, FieldError>(), notice);

    /// <summary>The author's own plan tasks a report may count for (this work year's, sent to them, not cancelled).</summary>
    private Task<IReadOnlyList<OwnTask>> TasksAsync(Caller caller, CancellationToken ct) =>
        tasks.TasksOfAsync(caller.Member, calendar.WorkYear, ct);

    /// <summary>Fellow members, and the open tasks (plus the one the report already counts for, even if done).</summary>
    private static ReportFormChoices Choices(Caller caller, IReadOnlyList<OwnTask> tasks, string? current) => new(
        caller.Roster.MembersOf(caller.Member.GroupCode ?? "").Where(m => m.Code != caller.Member.Code).ToList(),
        tasks.Where(t => t.IsOpen || t.Key == current).Select(t => new Choice(Parts.Clip(t.Title, 60), t.Key)).ToList());

    /// <summary>Report ids are the GUIDs we put on forms; anything else is not ours (and could not be a table key).</summary>
    private static string? Id(string? value) =>
        Guid.TryParseExact(value, "N", out var id) ? id.ToString("N") : null;

    private static Azure.ETag? ETagOf(string? value) => string.IsNullOrEmpty(value) ? null : new Azure.ETag(value);

    private static int Page(Turn turn) => turn.ActionNumber(ReportVerbs.Page) ?? 0;
}
