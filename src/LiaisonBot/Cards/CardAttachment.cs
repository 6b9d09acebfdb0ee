using LiaisonBot.Localization;
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

    /// <summary>
    /// The message in every language the bot speaks, keyed by culture name: the outbox payloads from which each
    /// recipient gets the one for their Teams client's language (see <c>ConversationEntity.Recipient</c>).
    /// </summary>
    public static Dictionary<string, Activity> PerLanguage(Func<Texts, Activity> message) =>
        Texts.All.ToDictionary(t => t.Culture.Name, message);

    public static Dictionary<string, Activity> PerLanguage(Func<Texts, AdaptiveCard> card) => PerLanguage(t => Message(card(t)));
}
