using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.MassSupervision.Batches;

/// <summary>
/// Voiding a batch whose slips were lost: its unused codes are refused from then on (the ballot page reads the batch),
/// ballots already cast with it still count, and its sealed codes are erased so the slips cannot be printed again.
/// </summary>
public sealed class VoidBatch(CampaignStore store, CampaignCard view, WorkCalendar calendar, ILogger<VoidBatch> log)
{
    public Task<AdaptiveCard> AskAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MassNotice.NotFound(caller.Texts), async c =>
        {
            var t = caller.Texts;
            if (await store.BatchAsync(c.Id, turn.ActionId(MassVerbs.Batch), ct) is not { } b)
            {
                return MassNotice.Card(t, "Mass.NotFound", c.Id);
            }

            return new AdaptiveCard(Parts.Title(t["Mass.Void.Title"]), new TextBlock(t.Format("Mass.Void.Body", b.Label, b.Slips)))
            {
                Actions =
                [
                    new ExecuteAction(t["Mass.Void.Confirm"], MassVerbs.VoidConfirm) { Data = MassNotice.Data(c.Id, b.Id) },
                    new ExecuteAction(t["Report.Cancel"], MassVerbs.View) { Data = MassNotice.Data(c.Id) },
                ],
            };
        });

    public Task<AdaptiveCard> ConfirmAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MassNotice.NotFound(caller.Texts), async c =>
        {
            if (c.Status == CampaignState.Open && turn.ActionId(MassVerbs.Batch) is { } batchId)
            {
                var now = calendar.Now;
                await store.ChangeBatchAsync(c.Id, batchId, b =>
                {
                    if (b.Voided)
                    {
                        return false;
                    }

                    (b.Voided, b.VoidedAt, b.SealedCodes) = (true, now, null);
                    return true;
                }, ct);
                log.LogInformation("Mass supervision campaign {CampaignId}: batch {BatchId} voided.", c.Id, batchId);
            }

            return await view.CardAsync(caller, c.Id, ct);
        });
}
