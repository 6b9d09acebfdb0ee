using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>
/// The secretariat's notices: compose, preview, send (now or later), follow, remind, edit, recall; and the members'
/// "I have read it". Every sending step goes through the outbox, never straight to the connector.
/// </summary>
public sealed partial class BroadcastCommands(BroadcastStore store, Outbox.Outbox outbox, ConversationStore conversations, WorkCalendar calendar)
{
    public static readonly CommandInfo ComposeCommand = new(BroadcastVerbs.Compose, Roles.Secretariat);
    public static readonly CommandInfo ListCommand = new(BroadcastVerbs.List, Roles.Secretariat);

    public static IReadOnlyList<CommandInfo> All { get; } = [ComposeCommand, ListCommand];

    public Task<AdaptiveCard> ComposeAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Task.FromResult(BroadcastCards.Compose(caller.Texts, Guid.NewGuid().ToString("N"), BroadcastValues.Empty,
            new Dictionary<string, FieldError>(), caller.Roster, editingSent: false));

    public async Task<AdaptiveCard> EditAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await FindAsync(turn, ct) is not { } b)
        {
            return BroadcastCards.Message(caller.Texts, "Broadcast.NotFound");
        }

        return b.Status is BroadcastState.Draft || b.IsOut
            ? BroadcastCards.Compose(caller.Texts, b.Id, ValuesOf(b), new Dictionary<string, FieldError>(), caller.Roster, b.IsOut)
            : BroadcastCards.Message(caller.Texts, "Broadcast.AlreadySent");
    }

    public async Task<AdaptiveCard> PreviewAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (Id(turn) is not { } id)
        {
            return BroadcastCards.Message(caller.Texts, "Broadcast.NotFound");
        }

        var existing = await store.FindAsync(id, ct);
        var editingSent = existing?.IsOut ?? false;
        if (existing is not null && existing.Status is not BroadcastState.Draft && !editingSent)
        {
            return BroadcastCards.Message(caller.Texts, "Broadcast.AlreadySent");
        }

        var input = BroadcastForm.Read(turn.ActionData, caller.Roster, calendar);
        // Editing a sent notice changes its words only: whom it went to and when are settled.
        var errors = editingSent
            ? input.Errors.Where(e => e.Key is not (BroadcastForm.Everyone or BroadcastForm.SendDate)).ToDictionary()
            : input.Errors;
        if (errors.Count > 0)
        {
            return BroadcastCards.Compose(caller.Texts, id, input.Values, errors, caller.Roster, editingSent);
        }

        var draft = input.Draft ?? Keep(existing!, input.Values);
        var target = editingSent ? Pending(existing!) : existing ?? new BroadcastEntity { RowKey = id, CreatedBy = caller.Member.Code, CreatedAt = calendar.Now };
        if (editingSent && await store.FindAsync(target.RowKey, ct) is { } earlier)
        {
            target.ETag = earlier.ETag; // a second preview of the same edit replaces the first
        }

        Apply(target, draft, editingSent);
        if (!await store.TrySaveAsync(target, ct))
        {
            return BroadcastCards.Message(caller.Texts, "Broadcast.AlreadySent");
        }

        var audience = AudienceOf(editingSent ? existing! : target);
        var (reachable, notInstalled) = await RecipientsAsync(audience, caller.Roster, ct);
        var shown = editingSent ? Edited(existing!, target) : target;
        return BroadcastCards.Preview(caller.Texts, shown, reachable.Count + notInstalled.Count, notInstalled.Count, calendar, editingSent);
    }

    public async Task<AdaptiveCard> SendAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await FindAsync(turn, ct) is not { } b)
        {
            return BroadcastCards.Message(caller.Texts, "Broadcast.NotFound");
        }

        if (b.Send(calendar.Now))
        {
            var (reachable, notInstalled) = await RecipientsAsync(AudienceOf(b), caller.Roster, ct);
            // Enqueue first: if we stop before the state is saved, pressing Send again re-enqueues the same job id, a no-op
            // (and the status updater, told of the job meanwhile, waits for the saved state).
            await outbox.EnqueueAsync(new OutboxJob(b.SendJobId, DeliveryKind.Send, Payloads(b, reminder: false), reachable, b.SendAt,
                BroadcastStatusUpdater.Hook), ct);
            b.NotInstalled = notInstalled.Count > 0 ? string.Join(';', notInstalled) : null;
            KeepStatusCardOf(turn, b);
            if (!await store.TrySaveAsync(b, ct))
            {
                b = await store.FindAsync(b.Id, ct) ?? b; // a double press: the first one saved it
            }
        }

        return BroadcastCards.Status(caller.Texts, b, await ProgressAsync(b, ct), calendar);
    }

    public async Task<AdaptiveCard> StatusAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await FindAsync(turn, ct) is { } b
            ? BroadcastCards.Status(caller.Texts, b, await ProgressAsync(b, ct), calendar)
            : BroadcastCards.Message(caller.Texts, "Broadcast.NotFound");

    public async Task<AdaptiveCard> ListAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var recent = new List<(BroadcastEntity, BroadcastProgress)>();
        foreach (var b in await store.RecentAsync(10, ct))
        {
            recent.Add((b, await ProgressAsync(b, ct)));
        }

        return BroadcastCards.List(caller.Texts, recent, calendar);
    }

    public async Task<AdaptiveCard> DetailAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await FindAsync(turn, ct) is { } b
            ? BroadcastCards.Detail(caller.Texts, b, caller.Roster, await outbox.DeliveriesAsync(b.SendJobId, ct), await store.AcksAsync(b.Id, ct))
            : BroadcastCards.Message(caller.Texts, "Broadcast.NotFound");

    /// <summary>Sends the notice again, marked as a reminder, to everyone who has it but has not confirmed.</summary>
    public async Task<AdaptiveCard> RemindAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await FindAsync(turn, ct) is not { IsOut: true } b)
        {
            return BroadcastCards.Message(caller.Texts, "Broadcast.NotFound");
        }

        var acks = await store.AcksAsync(b.Id, ct);
        var deliveries = await outbox.DeliveriesAsync(b.SendJobId, ct);
        var targets = (await conversations.ReachableAsync(ct)).Recipients(
            deliveries.Where(d => d.State == DeliveryState.Delivered && !acks.ContainsKey(d.Key)).Select(d => d.Key));
        if (targets.Count > 0 && await store.ChangeAsync(b.Id, x => { x.Reminders++; return true; }, ct) is { } reminded)
        {
            await outbox.EnqueueAsync(new OutboxJob($"{b.SendJobId}r{reminded.Reminders}", DeliveryKind.Send, Payloads(reminded, reminder: true), targets), ct);
        }

        return BroadcastCards.Message(caller.Texts, "Broadcast.Reminded", targets.Count);
    }

    public async Task<AdaptiveCard> RecallAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await FindAsync(turn, ct) is { IsOut: true } b
            ? BroadcastCards.ConfirmRecall(caller.Texts, b)
            : BroadcastCards.Message(caller.Texts, "Broadcast.NotFound");

    /// <summary>Deletes the message from every chat it reached, and marks the notice recalled.</summary>
    public async Task<AdaptiveCard> ConfirmRecallAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await FindAsync(turn, ct) is not { } b)
        {
            return BroadcastCards.Message(caller.Texts, "Broadcast.NotFound");
        }

        if (b.IsOut)
        {
            await outbox.CancelAsync(b.SendJobId, ct); // whatever has not gone out yet never will
            await outbox.EnqueueAsync(new OutboxJob($"{b.SendJobId}x", DeliveryKind.Delete, new Dictionary<string, Activity>(),
                await DeliveredAsync(b, ct)), ct);
            b = await store.ChangeAsync(b.Id, x => x.Recall(), ct) ?? b;
        }

        return BroadcastCards.Status(caller.Texts, b, await ProgressAsync(b, ct), calendar);
    }

    /// <summary>Applies a previewed edit to a sent notice and updates the card in every chat it reached.</summary>
    public async Task<AdaptiveCard> UpdateAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await FindAsync(turn, ct) is not { IsOut: true } b ||
            await store.FindAsync(Pending(b).RowKey, ct) is not { } pending)
        {
            return BroadcastCards.Message(caller.Texts, "Broadcast.NotFound");
        }

        var now = calendar.Now;
        var edited = await store.ChangeAsync(b.Id, x =>
        {
            Edited(x, pending).Edits++;
            x.EditedAt = now;
            return true;
        }, ct);
        if (edited is not null)
        {
            await outbox.EnqueueAsync(new OutboxJob($"{b.SendJobId}e{edited.Edits}", DeliveryKind.Update, Payloads(edited, reminder: false),
                await DeliveredAsync(edited, ct)), ct);
        }

        edited ??= b;
        return BroadcastCards.Status(caller.Texts, edited, await ProgressAsync(edited, ct), calendar);
    }

    public async Task<AdaptiveCard> CancelAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await FindAsync(turn, ct) is not { } b)
        {
            return BroadcastCards.Message(caller.Texts, "Broadcast.NotFound");
        }

        if (b.Status is BroadcastState.Scheduled)
        {
            await outbox.CancelAsync(b.SendJobId, ct);
            b = await store.ChangeAsync(b.Id, x => x.Cancel(), ct) ?? b;
        }

        return BroadcastCards.Status(caller.Texts, b, await ProgressAsync(b, ct), calendar);
    }
}
