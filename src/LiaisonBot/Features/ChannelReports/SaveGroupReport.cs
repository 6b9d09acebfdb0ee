using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>
/// Save and Preview of the compose card: checks the form, counts the figures for its period, and stores the draft
/// (ETag-checked). A correction of a report that is out is previewed by <see cref="CorrectGroupReport"/>.
/// </summary>
public sealed class SaveGroupReport(
    GroupReportStore store,
    ReportPlace places,
    GroupFigureCounter figures,
    CorrectGroupReport correct,
    WorkCalendar calendar)
{
    public Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, CancellationToken ct) => WriteAsync(turn, caller, preview: false, ct);

    public Task<AdaptiveCard> PreviewAsync(Turn turn, Caller caller, CancellationToken ct) => WriteAsync(turn, caller, preview: true, ct);

    /// <summary>Save and Preview: checks the form, counts the figures for its period, and stores the draft (ETag-checked).</summary>
    private async Task<AdaptiveCard> WriteAsync(Turn turn, Caller caller, bool preview, CancellationToken ct)
    {
        var t = caller.Texts;
        var scope = GroupReportAccess.Scope(turn, caller);
        if (scope.Refusal is { } refusal)
        {
            return refusal;
        }

        if (turn.ActionId(ChannelReportVerbs.Id) is not { } id)
        {
            return GroupReportNotice.NotFound(t);
        }

        if (turn.ActionString(ChannelReportVerbs.Correcting) == "true")
        {
            return await correct.PreviewAsync(turn, caller, scope.Group, id, ct);
        }

        var input = GroupReportForm.Read(turn.ActionData, calendar);
        var errors = new Dictionary<string, FieldError>(input.Errors);
        if (scope.Group is null)
        {
            errors[ChannelReportVerbs.Group] = new("Form.Required");
        }

        var etag = turn.ActionString(ChannelReportVerbs.ETag);
        if (errors.Count > 0 || scope.Group is not { } group)
        {
            return ComposeGroupReport.Card(t, new ComposeState(id, scope.Group, etag, false, input.Values, errors,
                scope.Group is null ? null : await places.OfGroupAsync(t, scope.Group, ct)), caller.Roster);
        }

        var draft = input.Draft!;
        var counted = await figures.CountAsync(group, caller.Roster, draft.From, draft.To, ct);
        var (saved, r) = await SaveDraftAsync(caller, group, id, etag, draft, counted, ct);
        var place = await places.OfGroupAsync(t, group, ct);
        if (r.IsOut)
        {
            return OpenGroupReport.Card(t, r, caller.Roster, calendar, await places.OfReportAsync(t, group, r, ct), "GroupReport.AlreadyOut");
        }

        if (!saved)
        {
            return ComposeGroupReport.Card(t, new ComposeState(id, group, r.ETag.ToString(), false, GroupReportValues.Of(r),
                new Dictionary<string, FieldError>(), place, "GroupReport.Changed"), caller.Roster);
        }

        return preview
            ? GroupReportPreview.Card(t, r, caller.Roster, calendar, place, correcting: false)
            : ComposeGroupReport.Card(t, new ComposeState(id, group, r.ETag.ToString(), false, input.Values,
                new Dictionary<string, FieldError>(), place, "GroupReport.Saved"), caller.Roster);
    }

    /// <summary>
    /// Stores the draft over the version the card was made from. The same words pressed twice (a double tap, a
    /// redelivery) count as saved; different words over a newer version are refused and the newer one is shown.
    /// </summary>
    private async Task<(bool Saved, GroupReportEntity Report)> SaveDraftAsync(Caller caller, Group group, string id, string? etag,
        GroupReportDraft draft, GroupFigures counted, CancellationToken ct)
    {
        var now = calendar.Now;
        var existing = await store.FindAsync(group.Code, id, ct);
        if (existing is null)
        {
            var created = new GroupReportEntity { PartitionKey = group.Code, RowKey = id, CreatedBy = caller.Member.Code, CreatedAt = now };
            Apply(created, draft, counted, caller, now);
            if (await store.TryAddAsync(created, ct))
            {
                return (true, created);
            }

            existing = await store.FindAsync(group.Code, id, ct) ?? throw new InvalidOperationException("Group report vanished after a conflict.");
        }

        if (existing.IsOut)
        {
            return (false, existing);
        }

        if (etag != existing.ETag.ToString())
        {
            return (existing.Kind == draft.Kind.ToString() && existing.Text == draft.Text, existing); // the same words again: a repeated press
        }

        Apply(existing, draft, counted, caller, now);
        return await store.TryReplaceAsync(existing, existing.ETag, ct)
            ? (true, existing)
            : (false, await store.FindAsync(group.Code, id, ct) ?? existing);
    }

    private static void Apply(GroupReportEntity r, GroupReportDraft draft, GroupFigures counted, Caller caller, DateTimeOffset now)
    {
        r.Kind = draft.Kind.ToString();
        r.Year = draft.From.Year;
        r.Text = draft.Text;
        r.Figures = counted;
        r.UpdatedBy = caller.Member.Code;
        r.UpdatedAt = now;
    }
}
