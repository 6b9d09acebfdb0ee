using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.MassSupervision;

/// <summary>A short card for a stale button or a step refused, leading back to the campaign or the list.</summary>
public static class MassNotice
{
    public static Dictionary<string, string> Data(string campaignId, string? batchId = null) =>
        batchId is null ? new() { [MassVerbs.Id] = campaignId } : new() { [MassVerbs.Id] = campaignId, [MassVerbs.Batch] = batchId };

    public static AdaptiveCard Card(Texts t, string key, string? campaignId = null) =>
        Parts.Notice(t[key], attention: true, campaignId is null
            ? new ExecuteAction(t["Button.supervision"], MassVerbs.Home)
            : new ExecuteAction(t["Mass.Back"], MassVerbs.View) { Data = Data(campaignId) });

    public static AdaptiveCard NotFound(Texts t) => Card(t, "Mass.NotFound");

    /// <summary>The campaign a button names, if it exists.</summary>
    public static Task<CampaignEntity?> NamedAsync(this CampaignStore store, Turn turn, CancellationToken ct) =>
        turn.ActionId(MassVerbs.Id) is { } id ? store.FindAsync(id, ct) : Task.FromResult<CampaignEntity?>(null);
}
