using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>"I have read it": recorded once; the card then says when, for this reader only.</summary>
public sealed class AcknowledgeNotice(BroadcastStore store, ViewNotice view, WorkCalendar calendar)
{
    public async Task<AdaptiveCard> AckAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await store.NamedOutAsync(turn, ct) is not { } b)
        {
            return await view.ViewAsync(turn, caller, ct);
        }

        if (!b.Audience.Includes(caller.Member))
        {
            return BroadcastNotice.Card(caller.Texts, "Broadcast.Notice.NotForYou");
        }

        var at = await store.AcknowledgeAsync(b.Id, caller.Member.Code, calendar.Now, ct);
        return NoticeCard.Card(caller.Texts, b, calendar, at);
    }
}
