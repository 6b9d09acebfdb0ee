using LiaisonBot.App;
using LiaisonBot.Cards;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>A checked compose card: the notice's words, whom it is for and when it goes.</summary>
public sealed record BroadcastDraft(string Title, string Body, string? LinkUrl, string? LinkTitle, bool Urgent, bool AskAck,
    Audience Audience, DateTimeOffset? SendAt)
{
    /// <summary>An edit of a sent notice has no audience on its card: the draft keeps the one it was sent to.</summary>
    public static BroadcastDraft Keeping(BroadcastEntity sent, BroadcastValues v) =>
        new(v.Title, v.Body, CardData.OrNull(v.LinkUrl), CardData.OrNull(v.LinkTitle), v.Urgent, v.AskAck, sent.Audience, sent.SendAt);

    /// <param name="textOnly">For a sent notice: whom it went to and when are settled.</param>
    public void WriteTo(BroadcastEntity b, bool textOnly)
    {
        b.Title = Title;
        b.Body = Body;
        b.LinkUrl = LinkUrl;
        b.LinkTitle = LinkTitle;
        b.Urgent = Urgent;
        b.AskAck = AskAck;
        if (!textOnly)
        {
            b.Everyone = Audience.Everyone;
            b.Groups = Audience.Groups.Count > 0 ? string.Join(';', Audience.Groups) : null;
            b.Roles = Audience.Roles == Roles.None ? null : RoleNames.Format(Audience.Roles);
            b.SendAt = SendAt;
        }
    }
}
