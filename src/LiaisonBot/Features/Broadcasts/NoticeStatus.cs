using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>The secretariat's status card of a notice, refreshed in place while the notice goes out.</summary>
public sealed class NoticeStatus(BroadcastStore store, NoticeProgress progress, WorkCalendar calendar)
{
    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => BroadcastNotice.NotFound(caller.Texts), b => CardAsync(caller.Texts, b, ct));

    /// <summary>The card as the notice stands now.</summary>
    public async Task<AdaptiveCard> CardAsync(Texts t, BroadcastEntity b, CancellationToken ct) =>
        Card(t, b, await progress.OfAsync(b, ct), calendar);

    public static AdaptiveCard Card(Texts t, BroadcastEntity b, BroadcastProgress p, WorkCalendar calendar)
    {
        var facts = new List<Fact>
        {
            new(t["Broadcast.Status.State"], t[$"Broadcast.State.{b.Status}"]),
            new(t["Broadcast.Status.Recipients"], p.Recipients.ToString(t.Culture)),
            new(t["Broadcast.Status.Delivered"], p.Delivered.ToString(t.Culture)),
        };
        if (p.Queued > 0)
        {
            facts.Add(new Fact(t["Broadcast.Status.Queued"], p.Queued.ToString(t.Culture)));
        }

        facts.Add(new Fact(t["Broadcast.Status.NotReachable"], p.NotReachable.ToString(t.Culture)));
        if (p.Failed > 0)
        {
            facts.Add(new Fact(t["Broadcast.Status.Failed"], p.Failed.ToString(t.Culture)));
        }

        if (b.AskAck)
        {
            facts.Add(new Fact(t["Broadcast.Status.Acknowledged"], $"{p.Acknowledged}/{p.Delivered}"));
        }

        var ids = NamedNotice.Data(b);
        var actions = new List<CardAction> { new ExecuteAction(t["Broadcast.Refresh"], BroadcastVerbs.Status) { Data = ids } };
        switch (b.Status)
        {
            case BroadcastState.Scheduled:
                actions.Add(new ExecuteAction(t["Broadcast.Cancel"], BroadcastVerbs.Cancel) { Data = ids });
                break;
            case BroadcastState.Sending or BroadcastState.Sent:
                actions.Add(new ExecuteAction(t["Broadcast.Details"], BroadcastVerbs.Detail) { Data = ids });
                if (b.AskAck && p.Acknowledged < p.Delivered)
                {
                    actions.Add(new ExecuteAction(t["Broadcast.Remind"], BroadcastVerbs.Remind) { Data = ids });
                }

                actions.Add(new ExecuteAction(t["Broadcast.Edit"], BroadcastVerbs.Edit) { Data = ids });
                actions.Add(new ExecuteAction(t["Broadcast.Recall"], BroadcastVerbs.Recall) { Data = ids });
                break;
        }

        return new AdaptiveCard(
            Parts.Title(t.Format("Broadcast.Status.Title", b.Title)),
            new FactSet(facts),
            new TextBlock(t.Format("Broadcast.Status.Updated", calendar.ShowMoment(calendar.Now, t))) { IsSubtle = true, Size = TextSize.Small })
        {
            Actions = actions,
        };
    }
}
