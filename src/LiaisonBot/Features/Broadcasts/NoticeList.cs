using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>The secretariat's recent notices, newest first, each with where it stands.</summary>
public sealed class NoticeList(BroadcastStore store, NoticeProgress progress, WorkCalendar calendar)
{
    public const int Shown = 10;

    public static readonly CommandInfo Command = new(BroadcastVerbs.List, Roles.Secretariat);

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var recent = new List<(BroadcastEntity, BroadcastProgress)>();
        foreach (var b in await store.RecentAsync(Shown, ct))
        {
            recent.Add((b, await progress.OfAsync(b, ct)));
        }

        return Card(caller.Texts, recent, calendar);
    }

    public static AdaptiveCard Card(Texts t, IReadOnlyList<(BroadcastEntity Broadcast, BroadcastProgress Progress)> recent, WorkCalendar calendar)
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
                new Column([new ActionSet([new ExecuteAction(t["Report.Open"], b.Status == BroadcastState.Draft ? BroadcastVerbs.Edit : BroadcastVerbs.Status) { Data = NamedNotice.Data(b) }])])
                    { Width = "auto", VerticalContentAlignment = VerticalAlignment.Center },
            ])
            { Separator = true });
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Button.broadcast"], BroadcastVerbs.Compose)] };
    }
}
