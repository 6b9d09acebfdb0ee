using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;

namespace LiaisonBot.Features.Broadcasts;

public static partial class BroadcastCards
{
    /// <summary>The secretariat's status card, refreshed in place while the notice goes out.</summary>
    public static AdaptiveCard Status(Texts t, BroadcastEntity b, BroadcastProgress p, WorkCalendar calendar)
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

        var ids = Ids(b);
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

    public static AdaptiveCard List(Texts t, IReadOnlyList<(BroadcastEntity Broadcast, BroadcastProgress Progress)> recent, WorkCalendar calendar)
    {
        var body = new List<CardElement> { Parts.Title(t["Broadcast.List.Title"]) };
        if (recent.Count == 0)
        {
            body.Add(new TextBlock(t["Broadcast.List.None"]));
        }

        foreach (var (b, p) in recent)
        {
            body.Add(new ColumnSet([
                new Column([
                    new TextBlock(b.Title) { Weight = TextWeight.Bolder, MaxLines = 2 },
                    new TextBlock(t.Format("Broadcast.List.Line", calendar.ShowMoment(b.SentAt ?? b.SendAt ?? b.CreatedAt, t),
                        t[$"Broadcast.State.{b.Status}"], p.Delivered, p.Recipients, p.Acknowledged)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                ]) { Width = "stretch" },
                new Column([new ActionSet([new ExecuteAction(t["Report.Open"], b.Status == BroadcastState.Draft ? BroadcastVerbs.Edit : BroadcastVerbs.Status) { Data = Ids(b) }])])
                    { Width = "auto", VerticalContentAlignment = VerticalAlignment.Center },
            ]) { Separator = true });
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Button.broadcast"], BroadcastVerbs.Compose)] };
    }

    /// <summary>Per person: who confirmed, who has it but has not confirmed, who could not be reached and why.</summary>
    public static AdaptiveCard Detail(Texts t, BroadcastEntity b, Committee roster, IReadOnlyList<DeliveryRecord> deliveries,
        IReadOnlyDictionary<string, DateTimeOffset> acks)
    {
        string Name(string code) => roster.ByCode(code)?.Name ?? code;
        string Names(IEnumerable<string> codes) => string.Join(t["List.Separator"], codes.Select(Name)) is { Length: > 0 } s ? s : "—";
        var delivered = deliveries.Where(d => d.State == DeliveryState.Delivered).Select(d => d.Key).ToList();
        var unreachable = deliveries.Where(d => d.State is DeliveryState.NotReachable or DeliveryState.Failed)
            .Select(d => $"{Name(d.Key)}（{Reason(t, d.Reason)}）")
            .Concat(NotInstalledCodes(b).Select(c => $"{Name(c)}（{t["Broadcast.Reason.NotInstalled"]}）")).ToList();
        var waiting = deliveries.Where(d => d.State == DeliveryState.Queued).Select(d => d.Key).ToList();

        var body = new List<CardElement> { Parts.Title(t.Format("Broadcast.Detail.Title", b.Title)) };
        if (b.AskAck)
        {
            var notAcked = delivered.Where(c => !acks.ContainsKey(c)).ToList();
            Section(body, t.Format("Broadcast.Detail.NotAcked", notAcked.Count), Names(notAcked), TextColor.Attention);
            Section(body, t.Format("Broadcast.Detail.Acked", acks.Count), Names(acks.Keys), TextColor.Good);
        }
        else
        {
            Section(body, $"{t["Broadcast.Status.Delivered"]}（{delivered.Count}）", Names(delivered), TextColor.Good);
        }

        Section(body, t.Format("Broadcast.Detail.Unreachable", unreachable.Count), unreachable.Count > 0 ? string.Join(t["List.Separator"], unreachable) : "—", TextColor.Warning);
        if (waiting.Count > 0)
        {
            Section(body, t.Format("Broadcast.Detail.Waiting", waiting.Count), Names(waiting), TextColor.Default);
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Broadcast.Back"], BroadcastVerbs.Status) { Data = Ids(b) }] };
    }

    public static AdaptiveCard ConfirmRecall(Texts t, BroadcastEntity b) =>
        new(Parts.Title(t["Broadcast.Recall.Title"]), new TextBlock(b.Title) { Weight = TextWeight.Bolder })
        {
            Actions =
            [
                new ExecuteAction(t["Broadcast.Recall.Confirm"], BroadcastVerbs.RecallConfirm) { Data = Ids(b) },
                new ExecuteAction(t["Report.Cancel"], BroadcastVerbs.Status) { Data = Ids(b) },
            ],
        };

    public static AdaptiveCard Message(Texts t, string key, params object[] args) =>
        new(new TextBlock(t.Format(key, args)))
        {
            Actions = [new ExecuteAction(t["Button.broadcasts"], BroadcastVerbs.List)],
        };

    public static IReadOnlyList<string> NotInstalledCodes(BroadcastEntity b) =>
        (b.NotInstalled ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);

    private static void Section(List<CardElement> body, string heading, string names, TextColor color)
    {
        body.Add(new TextBlock(heading) { Weight = TextWeight.Bolder, Color = color, Separator = true });
        body.Add(new TextBlock(names) { Size = TextSize.Small, Spacing = Spacing.Small });
    }

    private static string Reason(Texts t, string? reason) => reason switch
    {
        "ConversationBlockedByUser" or "BotNotInConversationRoster" or "BotDisabledByAdmin" or "MessageWritesBlocked" => t["Broadcast.Reason.Blocked"],
        _ => t.Format("Broadcast.Reason.Other", reason ?? "?"),
    };
}
