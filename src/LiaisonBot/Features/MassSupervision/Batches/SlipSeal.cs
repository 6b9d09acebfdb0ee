using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace LiaisonBot.Features.MassSupervision.Batches;

/// <summary>A batch's plain codes, sealed for its own row only, so the slips can be printed again until the batch ends.</summary>
public sealed class SlipSeal(IDataProtectionProvider provider)
{
    private const string Purpose = "LiaisonBot.MassSupervision.Slips.v1";

    public byte[] Seal(string campaignId, string batchId, IReadOnlyList<string> codes) =>
        provider.CreateProtector(Purpose, campaignId, batchId).Protect(Encoding.ASCII.GetBytes(string.Join(',', codes)));

    public IReadOnlyList<string> Unseal(string campaignId, string batchId, byte[] sealedCodes) =>
        Encoding.ASCII.GetString(provider.CreateProtector(Purpose, campaignId, batchId).Unprotect(sealedCodes)).Split(',');
}
