using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>The notice card's refresh: each reader gets the current text and their own acknowledgement state.</summary>
public sealed class ViewNotice(BroadcastStore store, WorkCalendar calendar)
{
    public Task<AdaptiveCard> ViewAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => BroadcastNotice.NotFound(caller.Texts), b => ViewAsync(caller, b, ct));

    private async Task<AdaptiveCard> ViewAsync(Caller caller, BroadcastEntity b, CancellationToken ct)
    {
        if (b.Status is BroadcastState.Recalled or BroadcastState.Cancelled)
        {
            return NoticeCard.Recalled(caller.Texts);
        }

        if (!caller.Has(Roles.Secretariat) && !b.Audience.Includes(caller.Member))
        {
            return BroadcastNotice.Card(caller.Texts, "Broadcast.Notice.NotForYou");
        }

        return NoticeCard.Card(caller.Texts, b, calendar, await store.AckOfAsync(b.Id, caller.Member.Code, ct));
    }
}
