using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LiaisonBot.Features.MassSupervision.Ballots;

/// <summary>
/// The one-time codes on the slips: 10 symbols from a CSPRNG over 32 letters and digits without 0/O/1/I (50 bits, and
/// nothing to confuse when typed from paper), and how a typed code is read back.
/// </summary>
public static class SlipCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public const int Length = 10;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>
    /// The code as typed or scanned, in canonical form: full-width characters folded, upper case, spaces and dashes
    /// dropped; null if what is left cannot be a code (no storage is asked about it).
    /// </summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null || typed.Length > 4 * Length)
        {
            return null;
        }

        var folded = typed.Normalize(NormalizationForm.FormKC).ToUpperInvariant();
        var code = new StringBuilder(Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '‐' or '–' or '—' or '·')
            {
                continue;
            }

            if (!Alphabet.Contains(c, StringComparison.Ordinal) || code.Length == Length)
            {
                return null;
            }

            code.Append(c);
        }

        return code.Length == Length ? code.ToString() : null;
    }

    /// <summary>The code as printed: two groups of five, easier to read aloud and type.</summary>
    public static string Display(string code) => code.Length == Length ? $"{code[..5]} {code[5..]}" : code;

    /// <summary>The row key of a code: HMAC-SHA256 under the campaign's key, in hex.</summary>
    public static string Hash(byte[] key, string code) =>
        Convert.ToHexString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(code))).ToLower(CultureInfo.InvariantCulture);
}
