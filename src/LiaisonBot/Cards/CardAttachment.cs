using LiaisonBot.Protocol;

namespace LiaisonBot.Cards;

public static class CardAttachment
{
    public static Attachment From(AdaptiveCard card) => new() { ContentType = AdaptiveCard.ContentType, Content = card };

    /// <summary>A message that carries one card and nothing else, so Teams keeps it as one message we can update.</summary>
    public static Activity Message(AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [From(card)],
        Summary = card.Speak,
    };
}
