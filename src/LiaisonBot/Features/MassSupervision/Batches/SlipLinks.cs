using LiaisonBot.App;
using System.Globalization;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Features.MassSupervision.Page;

namespace LiaisonBot.Features.MassSupervision.Batches;

/// <summary>
/// Links the secretariat's card offers: the public ballot page, and a batch's slips as a PDF. Teams opens links in a
/// browser without its sign-in, so a download link carries its own permission: signed with the campaign's key, valid
/// for half an hour.
/// </summary>
public sealed class SlipLinks(CampaignKeys keys, PublicAddress address, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public string BallotPage => address.Of(BallotEndpoints.Path);

    public string Slips(CampaignEntity c, BatchEntity b, string lang)
    {
        var until = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{address.Base}/supervision/{c.Id}/{b.Id}/slips.pdf?until={until}&lang={lang}&sig={keys.Sign(c, What(b.Id, until, lang))}";
    }

    public string Workbook(CampaignEntity c, string lang)
    {
        var until = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{address.Base}/supervision/{c.Id}/results.xlsx?until={until}&lang={lang}&sig={keys.Sign(c, What("results", until, lang))}";
    }

    /// <summary>Whether a link's signature is right and its time not up.</summary>
    public bool Valid(CampaignEntity c, string what, long until, string lang, string? sig) =>
        until >= clock.GetUtcNow().ToUnixTimeSeconds() && keys.Verify(c, What(what, until.ToString(CultureInfo.InvariantCulture), lang), sig);

    private static string What(string what, string until, string lang) => $"{what}|{until}|{lang}";
}
