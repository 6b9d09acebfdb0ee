using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>
/// Checks the compose card and saves it: a draft, or for a notice that went out a pending edit beside it. Shows the
/// card as recipients will see it and how many it reaches; nothing is sent yet.
/// </summary>
public sealed class PreviewNotice(BroadcastStore store, NoticeRecipients recipients, WorkCalendar calendar)
{
    public async Task<AdaptiveCard> PreviewAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (turn.ActionId(BroadcastVerbs.Id) is not { } id)
        {
            return BroadcastNotice.NotFound(caller.Texts);
        }

        var existing = await store.FindAsync(id, ct);
        var editingSent = existing?.IsOut ?? false;
        if (existing is not null && existing.Status is not BroadcastState.Draft && !editingSent)
        {
            return BroadcastNotice.Card(caller.Texts, "Broadcast.AlreadySent");
        }

        var input = BroadcastForm.Read(turn.ActionData, caller.Roster, calendar);
        // Editing a sent notice changes its words only: whom it went to and when are settled.
        var errors = editingSent
            ? input.Errors.Where(e => e.Key is not (BroadcastForm.Everyone or BroadcastForm.SendDate)).ToDictionary()
            : input.Errors;
        if (errors.Count > 0)
        {
            return ComposeNotice.Card(caller.Texts, id, input.Values, errors, caller.Roster, editingSent);
        }

        var draft = input.Draft ?? BroadcastDraft.Keeping(existing!, input.Values);
        var target = editingSent ? PendingEdit.For(existing!) : existing ?? new BroadcastEntity { RowKey = id, CreatedBy = caller.Member.Code, CreatedAt = calendar.Now };
        if (editingSent && await store.FindAsync(target.RowKey, ct) is { } earlier)
        {
            target.ETag = earlier.ETag; // a second preview of the same edit replaces the first
        }

        draft.WriteTo(target, textOnly: editingSent);
        if (!await store.TrySaveAsync(target, ct))
        {
            return BroadcastNotice.Card(caller.Texts, "Broadcast.AlreadySent");
        }

        var (reachable, notInstalled) = await recipients.OfAsync((editingSent ? existing! : target).Audience, caller.Roster, ct);
        var shown = editingSent ? PendingEdit.ApplyTo(existing!, target) : target;
        return Card(caller.Texts, shown, reachable.Count + notInstalled.Count, notInstalled.Count, calendar, editingSent);
    }

    /// <summary>The exact card recipients will see, and to how many it goes, before anything is sent.</summary>
    public static AdaptiveCard Card(Texts t, BroadcastEntity b, int recipients, int notInstalled, WorkCalendar calendar, bool editingSent)
    {
        var notice = NoticeCard.Card(t, b, calendar, ackedAt: null);
        var body = new List<CardElement>
        {
            new TextBlock(t["Broadcast.Preview.Title"]) { Weight = TextWeight.Bolder, Color = TextColor.Accent },
            new Container(notice.Actions is { Count: > 0 } buttons
                ? [.. notice.Body, new ActionSet([.. buttons.Select(button => button with { IsEnabled = false })])]
                : notice.Body) { Style = ContainerStyle.Default, Separator = true },
        };
        body.Add(new TextBlock(notInstalled > 0 ? t.Plural("Broadcast.Preview.CountMissing", recipients, notInstalled) : t.Plural("Broadcast.Preview.Count", recipients)) { Separator = true, Weight = TextWeight.Bolder });
        if (b.SendAt is { } at && !editingSent)
        {
            body.Add(new TextBlock(t.Format("Broadcast.Preview.When", calendar.ShowMoment(at, t))));
        }

        var ids = NamedNotice.Data(b);
        var send = editingSent
            ? new ExecuteAction(t["Broadcast.SaveEdit"], BroadcastVerbs.Update) { Data = ids }
            : new ExecuteAction(t[b.SendAt is null ? "Broadcast.Send" : "Broadcast.SendScheduled"], BroadcastVerbs.Send) { Data = ids };
        return new AdaptiveCard(body)
        {
            Actions = [send, new ExecuteAction(t["Broadcast.Edit"], BroadcastVerbs.Edit) { Data = ids }],
        };
    }
}
