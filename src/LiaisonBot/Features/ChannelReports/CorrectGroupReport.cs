using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.ChannelReports.Links;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>Correcting a published report in place: previewed first, then saved over the channel card and the secretariat's copies.</summary>
public sealed class CorrectGroupReport(
    GroupReportStore store,
    GroupReportAccess access,
    ReportPlace places,
    ChannelLinkStore links,
    GroupFigureCounter figures,
    SecretariatCopies secretariat,
    Outbox outbox,
    WorkCalendar calendar)
{
    /// <summary>
    /// A correction is previewed first: it is kept as the report's pending row (stamped with the version it corrects)
    /// until saved, so the preview card stays small and the channel card changes only on Save.
    /// </summary>
    public async Task<AdaptiveCard> PreviewAsync(Turn turn, Caller caller, Group? group, string id, CancellationToken ct)
    {
        var t = caller.Texts;
        if (group is null || await access.ReportAsync(group, id, ct) is not { } r)
        {
            return GroupReportNotice.NotFound(t);
        }

        if (r.Status != GroupReportState.Published)
        {
            return OpenGroupReport.Card(t, r, caller.Roster, calendar, await places.OfReportAsync(t, group, r, ct), "GroupReport.StillPosting");
        }

        var input = GroupReportForm.Read(turn.ActionData, calendar);
        var values = input.Values with { Kind = r.Kind };
        var place = await places.OfGroupAsync(t, group, ct);
        if (input.Draft is not { } draft)
        {
            return ComposeGroupReport.Card(t, new ComposeState(id, group, turn.ActionString(ChannelReportVerbs.ETag), true, values, input.Errors, place), caller.Roster);
        }

        if (turn.ActionString(ChannelReportVerbs.ETag) != r.ETag.ToString())
        {
            return ComposeGroupReport.Card(t, new ComposeState(id, group, r.ETag.ToString(), true, GroupReportValues.Of(r),
                new Dictionary<string, FieldError>(), place, "GroupReport.Changed"), caller.Roster);
        }

        var counted = await figures.CountAsync(group, caller.Roster, draft.From, draft.To, ct);
        var pending = r.Clone();
        pending.RowKey = GroupReportStore.PendingKey(id);
        pending.VersionOf = id;
        pending.ETag = default;
        pending.Text = draft.Text;
        pending.Figures = counted;
        pending.UpdatedBy = caller.Member.Code;
        pending.UpdatedAt = calendar.Now;
        await store.UpsertAsync(pending, ct);

        var shown = r.Clone();
        shown.Text = draft.Text;
        shown.Figures = counted;
        return GroupReportPreview.Card(t, shown, caller.Roster, calendar, await places.OfReportAsync(t, group, r, ct), correcting: true);
    }

    /// <summary>
    /// Saves the pending correction: the words as they were become a version, the report takes the new words, and the
    /// channel card and the secretariat's copies are replaced in place. A correction applies once: the pending row names
    /// the version it was written against, and a second press finds the report already past it.
    /// </summary>
    public Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, CancellationToken ct) =>
        access.OnReportAsync(turn, caller, (group, r) => SaveAsync(caller, group, r, ct), ct);

    private async Task<AdaptiveCard> SaveAsync(Caller caller, Group group, GroupReportEntity r, CancellationToken ct)
    {
        var t = caller.Texts;
        var pending = await store.FindAsync(group.Code, GroupReportStore.PendingKey(r.Id), ct);
        if (r.Status != GroupReportState.Published || pending is null || pending.Edits != r.Edits)
        {
            return OpenGroupReport.Card(t, r, caller.Roster, calendar, await places.OfReportAsync(t, group, r, ct));
        }

        var version = r.Clone();
        version.RowKey = GroupReportStore.VersionKey(r.Id, r.Edits);
        version.VersionOf = r.Id;
        version.ETag = default;
        await store.TryAddAsync(version, ct);

        var read = r.ETag;
        r.Text = pending.Text;
        r.Figures = pending.Figures;
        r.Edits++;
        r.EditedAt = r.UpdatedAt = calendar.Now;
        r.UpdatedBy = caller.Member.Code;
        var link = await links.FindAsync(group.Code, ct) is { } l && l.ChannelId == r.PostChannelId ? l : null;
        var corrected = r.Clone();
        string Place(Texts x) => link is null ? x["GroupReport.TheChannel"] : ChannelPlace.Of(x, link);

        // Queued before the report is saved, under ids made from the correction number: pressing again re-queues nothing new.
        var card = GroupReportPost.Card(Texts.For(r.PostLocale), corrected, caller.Roster, calendar);
        await outbox.EnqueueAsync(new OutboxJob($"gru-{r.Id}-{r.Edits}", DeliveryKind.Update,
            new Dictionary<string, Activity> { [PublishGroupReport.ChannelKey] = CardAttachment.Message(card) },
            [new OutboxRecipient(PublishGroupReport.ChannelKey, link?.ServiceUrl ?? r.PostServiceUrl!, r.PostChannelId!, PublishGroupReport.ChannelKey, r.PostActivityId)]), ct);
        await secretariat.UpdateAsync($"grcu-{r.Id}-{r.Edits}", r.CopyJobId, x => GroupReportPost.Copy(x, corrected, caller.Roster, calendar, Place(x)), ct);
        if (!await store.TryReplaceAsync(r, read, ct))
        {
            r = await store.FindAsync(group.Code, r.Id, ct) ?? r;
            return OpenGroupReport.Card(t, r, caller.Roster, calendar, Place(t));
        }

        await store.RemoveAsync(group.Code, pending.RowKey, ct);
        return OpenGroupReport.Card(t, r, caller.Roster, calendar, Place(t), "GroupReport.Corrected");
    }
}
