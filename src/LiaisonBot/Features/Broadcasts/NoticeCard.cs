using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>What recipients see: the secretariat's text, with the card's own words in the recipient's language.</summary>
public static class NoticeCard
{
    /// <param name="ackedAt">When this reader confirmed, or null; the card then offers the button (if one was asked for).</param>
    public static AdaptiveCard Card(Texts t, BroadcastEntity b, WorkCalendar calendar, DateTimeOffset? ackedAt, bool reminder = false)
    {
        var body = new List<CardElement>();
        if (reminder)
        {
            body.Add(new Container([new TextBlock(t["Broadcast.Notice.Reminder"]) { Weight = TextWeight.Bolder }]) { Style = ContainerStyle.Warning });
        }

        body.AddRange(NoticeBody(t, b, calendar));
        var actions = new List<CardAction>();
        if (b.LinkUrl is { } url)
        {
            actions.Add(new OpenUrlAction(b.LinkTitle ?? url, url));
        }

        if (b.AskAck && ackedAt is null)
        {
            actions.Add(new ExecuteAction(t["Broadcast.Notice.Ack"], BroadcastVerbs.Ack) { Data = NamedNotice.Data(b) });
        }
        else if (ackedAt is { } at)
        {
            body.Add(new TextBlock(t.Format("Broadcast.Notice.Acked", calendar.ShowMoment(at, t))) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        return new AdaptiveCard(body)
        {
            Actions = actions.Count > 0 ? actions : null,
            Refresh = new CardRefresh(new ExecuteAction(t["Broadcast.Refresh"], BroadcastVerbs.View) { Data = NamedNotice.Data(b) }),
            Speak = b.Title,
        };
    }

    /// <summary>One card per language; each recipient gets the one for the language their Teams client uses.</summary>
    public static Dictionary<string, Activity> PerLanguage(BroadcastEntity b, WorkCalendar calendar, bool reminder) =>
        CardAttachment.PerLanguage(t =>
        {
            var message = CardAttachment.Message(Card(t, b, calendar, ackedAt: null, reminder));
            // Urgent notices also raise an activity-feed notification (people's own settings still win).
            return b.Urgent ? message with { ChannelData = new TeamsChannelData { Notification = new NotificationInfo(true) } } : message;
        });

    public static AdaptiveCard Recalled(Texts t) => new(new TextBlock(t["Broadcast.Notice.Recalled"]) { IsSubtle = true });

    private static IEnumerable<CardElement> NoticeBody(Texts t, BroadcastEntity b, WorkCalendar calendar)
    {
        var heading = new List<CardElement>();
        if (b.Urgent)
        {
            heading.Add(new TextBlock("⚠ " + t["Broadcast.Notice.Urgent"]) { Color = TextColor.Attention, Weight = TextWeight.Bolder, Size = TextSize.Small });
        }

        heading.Add(Parts.Title(b.Title));
        heading.Add(new TextBlock(t.Format("Broadcast.Notice.From", calendar.ShowMoment(b.SentAt ?? b.SendAt ?? b.CreatedAt, t)))
        { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        yield return new Container(heading) { Style = b.Urgent ? ContainerStyle.Attention : ContainerStyle.Emphasis, Bleed = true };
        yield return new TextBlock(b.Body);
        if (b.EditedAt is { } edited)
        {
            yield return new TextBlock(t.Format("Broadcast.Notice.Edited", calendar.ShowMoment(edited, t))) { IsSubtle = true, Size = TextSize.Small };
        }
    }
}
