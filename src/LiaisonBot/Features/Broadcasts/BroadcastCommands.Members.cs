using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Broadcasts;

public sealed partial class BroadcastCommands
{
    /// <summary>"I have read it": recorded once; the card then says when, for this reader only.</summary>
    public async Task<AdaptiveCard> AckAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await FindAsync(turn, ct) is not { IsOut: true } b)
        {
            return await ViewAsync(turn, caller, ct);
        }

        if (!AudienceOf(b).Includes(caller.Member))
        {
            return BroadcastCards.Message(caller.Texts, "Broadcast.Notice.NotForYou");
        }

        var at = await store.AcknowledgeAsync(b.Id, caller.Member.Code, calendar.Now, ct);
        return BroadcastCards.Notice(caller.Texts, b, calendar, at);
    }

    /// <summary>The card's refresh: each reader gets the current text and their own acknowledgement state.</summary>
    public async Task<AdaptiveCard> ViewAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await FindAsync(turn, ct) is not { } b)
        {
            return BroadcastCards.Message(caller.Texts, "Broadcast.NotFound");
        }

        if (b.Status is BroadcastState.Recalled or BroadcastState.Cancelled)
        {
            return BroadcastCards.Recalled(caller.Texts);
        }

        if (!caller.Has(Roles.Secretariat) && !AudienceOf(b).Includes(caller.Member))
        {
            return BroadcastCards.Message(caller.Texts, "Broadcast.Notice.NotForYou");
        }

        return BroadcastCards.Notice(caller.Texts, b, calendar, await store.AckOfAsync(b.Id, caller.Member.Code, ct));
    }
}
