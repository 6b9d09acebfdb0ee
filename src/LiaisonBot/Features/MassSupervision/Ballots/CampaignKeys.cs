using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace LiaisonBot.Features.MassSupervision.Ballots;

/// <summary>
/// Each campaign's secret: 32 random bytes, stored only sealed by the Data Protection key ring (kept outside the
/// tables, as for scoring), opened once per instance and kept in memory. It keys the codes' hashes and the signatures
/// of download links.
/// </summary>
public sealed class CampaignKeys(IDataProtectionProvider provider)
{
    private const string Purpose = "LiaisonBot.MassSupervision.CodeKey.v1";

    private readonly ConcurrentDictionary<string, byte[]> opened = new(StringComparer.Ordinal);

    public byte[] NewSealed(string campaignId) => Protector(campaignId).Protect(RandomNumberGenerator.GetBytes(32));

    public byte[] Of(CampaignEntity c) => opened.GetOrAdd(c.Id, _ => Protector(c.Id).Unprotect(c.SealedCodeKey));

    public string CodeHash(CampaignEntity c, string code) => SlipCodes.Hash(Of(c), code);

    /// <summary>A signature for a download link of this campaign, over everything the link says.</summary>
    public string Sign(CampaignEntity c, string what) =>
        Convert.ToHexString(HMACSHA256.HashData(Of(c), Encoding.UTF8.GetBytes("link|" + what))).ToLowerInvariant();

    public bool Verify(CampaignEntity c, string what, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(Sign(c, what)));

    private IDataProtector Protector(string campaignId) => provider.CreateProtector(Purpose, campaignId);
}
