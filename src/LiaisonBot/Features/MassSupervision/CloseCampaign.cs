using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Features.MassSupervision.Results;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.MassSupervision;

/// <summary>Closing a campaign before its end date, once the secretariat confirms: the tally runs at once and the results follow.</summary>
public sealed class CloseCampaign(CampaignStore store, MassTally tally, CampaignCard view, ResultsCard results)
{
    public Task<AdaptiveCard> AskAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MassNotice.NotFound(caller.Texts), c =>
        {
            var t = caller.Texts;
            return new AdaptiveCard(Parts.Title(t["Mass.CloseAsk.Title"]), new TextBlock(t.Format("Mass.CloseAsk.Body", c.Title)))
            {
                Actions =
                [
                    new ExecuteAction(t["Mass.CloseAsk.Confirm"], MassVerbs.CloseConfirm) { Data = MassNotice.Data(c.Id) },
                    new ExecuteAction(t["Report.Cancel"], MassVerbs.View) { Data = MassNotice.Data(c.Id) },
                ],
            };
        });

    public async Task<AdaptiveCard> ConfirmAsync(Turn turn, Caller caller, CancellationToken ct) =>
        turn.ActionId(MassVerbs.Id) is { } id && await tally.CloseAsync(id, caller.Member.Code, ct) is { } c
            ? c.Status == CampaignState.Closed ? await results.ShowAsync(turn, caller, ct) : await view.CardAsync(caller, c.Id, ct)
            : MassNotice.NotFound(caller.Texts);
}
