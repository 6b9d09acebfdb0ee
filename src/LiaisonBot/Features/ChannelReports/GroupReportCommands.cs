using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>
/// Group reports: compose, save as draft, preview, publish in the group's channel (through the outbox, with a copy to the
/// secretariat), correct in place, read. A leader only ever acts for the group the roster says they lead; the secretariat
/// for any group, and what it publishes is marked as posted on the group's behalf.
/// </summary>
public sealed partial class GroupReportCommands(
    GroupReportStore store,
    ChannelLinkStore links,
    GroupFigureCounter figures,
    SecretariatCopies secretariat,
    Outbox outbox,
    WorkCalendar calendar)
{
    public const Roles Writers = Roles.Leader | Roles.Secretariat;
    public const string ChannelKey = "channel";

    public static readonly CommandInfo ComposeCommand = new(ChannelReportVerbs.Compose, Writers);
    public static readonly CommandInfo OverviewCommand = new(ChannelReportVerbs.Overview, Roles.Secretariat);

    public async Task<AdaptiveCard> ComposeAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var (group, refusal) = Scope(turn, caller);
        if (refusal is not null)
        {
            return refusal;
        }

        var state = new ComposeState(Guid.NewGuid().ToString("N"), group, null, false, GroupReportForm.Defaults(calendar),
            new Dictionary<string, FieldError>(), group is null ? null : await PlaceAsync(caller.Texts, group, ct));
        return GroupReportCards.Compose(caller.Texts, state, caller.Roster);
    }

    public Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, CancellationToken ct) => WriteAsync(turn, caller, preview: false, ct);

    public Task<AdaptiveCard> PreviewAsync(Turn turn, Caller caller, CancellationToken ct) => WriteAsync(turn, caller, preview: true, ct);

    /// <summary>
    /// Posts the previewed report in the group's channel and sends the secretariat its copy. The jobs are queued before
    /// the state is saved, under ids made from the attempt number: a second press re-queues the same jobs, a no-op.
    /// </summary>
    public Task<AdaptiveCard> PublishAsync(Turn turn, Caller caller, CancellationToken ct) =>
        OnReportAsync(turn, caller, (group, r) => PublishAsync(turn, caller, group, r, ct), ct);

    private async Task<AdaptiveCard> PublishAsync(Turn turn, Caller caller, Group group, GroupReportEntity r, CancellationToken ct)
    {
        var t = caller.Texts;
        if (r.IsOut)
        {
            return GroupReportCards.Opened(t, r, caller.Roster, calendar, await PlaceAsync(t, group, r, ct));
        }

        if (turn.ActionString(ChannelReportVerbs.ETag) != r.ETag.ToString())
        {
            return GroupReportCards.Preview(t, r, caller.Roster, calendar, await PlaceAsync(t, group, ct), correcting: false, "GroupReport.Changed");
        }

        if (await links.FindAsync(group.Code, ct) is not { } link)
        {
            return GroupReportCards.NoChannel(t, group, r);
        }

        var read = r.ETag;
        r.Publish(link, caller.Member.Code, !string.Equals(caller.Member.GroupCode, group.Code, StringComparison.OrdinalIgnoreCase), calendar.Now);
        var channelCard = GroupReportCards.Post(Texts.For(link.Locale), r, caller.Roster, calendar);
        await outbox.EnqueueAsync(new OutboxJob(r.PostJobId, DeliveryKind.Send,
            new Dictionary<string, Activity> { [ChannelKey] = CardAttachment.Message(channelCard) }, [link.Recipient(ChannelKey, ChannelKey)],
            Hook: GroupReportPoster.Hook), ct);
        var copied = r.Clone();
        await secretariat.SendAsync(r.CopyJobId, caller.Roster, x => GroupReportCards.Copy(x, copied, caller.Roster, calendar, ChannelLinkCards.Place(x, link)), ct);
        if (!await store.TryReplaceAsync(r, read, ct))
        {
            r = await store.FindAsync(group.Code, r.Id, ct) ?? r; // a double press: the first one saved it
        }

        return GroupReportCards.Opened(t, r, caller.Roster, calendar, ChannelLinkCards.Place(t, link), r.IsOut ? "GroupReport.Posting" : null);
    }

    /// <summary>Save and Preview: checks the form, counts the figures for its period, and stores the draft (ETag-checked).</summary>
    private async Task<AdaptiveCard> WriteAsync(Turn turn, Caller caller, bool preview, CancellationToken ct)
    {
        var t = caller.Texts;
        var scope = Scope(turn, caller);
        if (scope.Refusal is { } refusal)
        {
            return refusal;
        }

        if (Id(turn) is not { } id)
        {
            return GroupReportCards.Message(t, "GroupReport.NotFound");
        }

        if (turn.ActionString(ChannelReportVerbs.Correcting) == "true")
        {
            return await PreviewCorrectionAsync(turn, caller, scope.Group, id, ct);
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
            return GroupReportCards.Compose(t, new ComposeState(id, scope.Group, etag, false, input.Values, errors,
                scope.Group is null ? null : await PlaceAsync(t, scope.Group, ct)), caller.Roster);
        }

        var draft = input.Draft!;
        var counted = await figures.CountAsync(group, caller.Roster, draft.From, draft.To, ct);
        var (saved, r) = await SaveDraftAsync(caller, group, id, etag, draft, counted, ct);
        var place = await PlaceAsync(t, group, ct);
        if (r.IsOut)
        {
            return GroupReportCards.Opened(t, r, caller.Roster, calendar, await PlaceAsync(t, group, r, ct), "GroupReport.AlreadyOut");
        }

        if (!saved)
        {
            return GroupReportCards.Compose(t, new ComposeState(id, group, r.ETag.ToString(), false, GroupReportValues.Of(r),
                new Dictionary<string, FieldError>(), place, "GroupReport.Changed"), caller.Roster);
        }

        return preview
            ? GroupReportCards.Preview(t, r, caller.Roster, calendar, place, correcting: false)
            : GroupReportCards.Compose(t, new ComposeState(id, group, r.ETag.ToString(), false, input.Values,
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
