using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>Who has a notice, who confirmed it, and who could not be reached.</summary>
public sealed class NoticeDetail(BroadcastStore store, Outbox.Outbox outbox)
{
    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => BroadcastNotice.NotFound(caller.Texts), async b =>
            Card(caller.Texts, b, caller.Roster, await outbox.DeliveriesAsync(b.SendJobId, ct), await store.AcksAsync(b.Id, ct)));

    /// <summary>Per person: who confirmed, who has it but has not confirmed, who could not be reached and why.</summary>
    public static AdaptiveCard Card(Texts t, BroadcastEntity b, Committee roster, IReadOnlyList<DeliveryRecord> deliveries,
        IReadOnlyDictionary<string, DateTimeOffset> acks)
    {
        string Name(string code) => roster.ByCode(code)?.Name ?? code;
        string Names(IEnumerable<string> codes) => string.Join(t["List.Separator"], codes.Select(Name)) is { Length: > 0 } s ? s : "—";
        var delivered = deliveries.Where(d => d.State == DeliveryState.Delivered).Select(d => d.Key).ToList();
        var unreachable = deliveries.Where(d => d.State is DeliveryState.NotReachable or DeliveryState.Failed)
            .Select(d => $"{Name(d.Key)}（{Reason(t, d.Reason)}）")
            .Concat(b.NotInstalledCodes.Select(c => $"{Name(c)}（{t["Broadcast.Reason.NotInstalled"]}）")).ToList();
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

        Section(body, t.Format("Broadcast.Detail.Unreachable", unreachable.Count), unreachable.Count > 0 ? string.Join(t["List.Separator"], unreachable) : "—", TextColor.Attention);
        if (waiting.Count > 0)
        {
            Section(body, t.Format("Broadcast.Detail.Waiting", waiting.Count), Names(waiting), TextColor.Default);
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Broadcast.Back"], BroadcastVerbs.Status) { Data = NamedNotice.Data(b) }] };
    }

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
