using Microsoft.AspNetCore.DataProtection;

namespace LiaisonBot.Features.Scoring.Ballots;

/// <summary>
/// Seals a scorer's scores until the round closes: authenticated encryption (ASP.NET Core Data Protection) under a key
/// derived for this round and this scorer from a key ring that lives outside the tables. A sealed value moved to another
/// scorer's row or round does not open. Every sealed value of a round has the same length, whatever the scores, so its
/// size says nothing either.
/// </summary>
public sealed class ScoreSeal(IDataProtectionProvider provider)
{
    private const string Purpose = "LiaisonBot.Scoring.Sealed.v1";

    // Per group, in the round's order: 1 if scored, then one byte per criterion (criteria are at most 100).
    private const int BytesPerGroup = 5;

    public byte[] Seal(ScoringRoundEntity round, string scorer, IReadOnlyDictionary<string, Scores> scores)
    {
        var groups = round.GroupCodes;
        var plain = new byte[groups.Count * BytesPerGroup];
        for (var i = 0; i < groups.Count; i++)
        {
            if (scores.TryGetValue(groups[i], out var s))
            {
                plain[i * BytesPerGroup] = 1;
                foreach (var c in Criteria.All)
                {
                    plain[(i * BytesPerGroup) + 1 + (int)c] = checked((byte)s[c]);
                }
            }
        }

        return Protector(round, scorer).Protect(plain);
    }

    /// <summary>Throws <see cref="System.Security.Cryptography.CryptographicException"/> if the key ring lacks the key or the value was tampered with.</summary>
    public Dictionary<string, Scores> Unseal(ScoringRoundEntity round, string scorer, byte[] sealedValue)
    {
        var plain = Protector(round, scorer).Unprotect(sealedValue);
        var groups = round.GroupCodes;
        var scores = new Dictionary<string, Scores>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < groups.Count && (i + 1) * BytesPerGroup <= plain.Length; i++)
        {
            if (plain[i * BytesPerGroup] == 1)
            {
                scores[groups[i]] = Scores.From(Criteria.All.Select(c => (int)plain[(i * BytesPerGroup) + 1 + (int)c]).ToList());
            }
        }

        return scores;
    }

    private IDataProtector Protector(ScoringRoundEntity round, string scorer) =>
        provider.CreateProtector(Purpose, round.Id, scorer.ToUpperInvariant());
}
