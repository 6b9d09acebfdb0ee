using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace LiaisonBot.Features.MassSupervision.Ballots;

/// <summary>
/// Seals a ballot on its code's row until the close: authenticated encryption (Data Protection) for this campaign and
/// this code's row, so a sealed value copied to another row does not open. Every sealed ballot has the same length,
/// whatever was answered or written, so its size says nothing either.
/// </summary>
public sealed class BallotSeal(IDataProtectionProvider provider)
{
    private const string Purpose = "LiaisonBot.MassSupervision.Ballot.v1";

    // Answers for up to 40 questions and 500 characters of suggestion (at most 3 UTF-8 bytes each, escaped as JSON), padded.
    private const int PlainBytes = 4096;

    public byte[] Seal(string campaignId, string codeHash, Ballot ballot)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Sealed(ballot.Format(), ballot.Suggestion));
        var plain = new byte[Math.Max(PlainBytes, json.Length)];
        json.CopyTo(plain, 0);
        plain.AsSpan(json.Length).Fill((byte)' '); // JSON ignores trailing white space
        return Protector(campaignId, codeHash).Protect(plain);
    }

    /// <summary>Throws <see cref="System.Security.Cryptography.CryptographicException"/> if the key ring lacks the key or the value was tampered with.</summary>
    public Ballot Unseal(string campaignId, string codeHash, byte[] sealedValue)
    {
        var plain = Protector(campaignId, codeHash).Unprotect(sealedValue);
        var s = JsonSerializer.Deserialize<Sealed>(Encoding.UTF8.GetString(plain).TrimEnd())!;
        return new Ballot(Ballot.Parse(s.A), s.S);
    }

    private IDataProtector Protector(string campaignId, string codeHash) => provider.CreateProtector(Purpose, campaignId, codeHash);

    private sealed record Sealed(string A, string? S);
}
