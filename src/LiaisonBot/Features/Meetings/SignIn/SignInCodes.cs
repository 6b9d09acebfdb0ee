using System.Buffers.Binary;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LiaisonBot.Features.Meetings.SignIn;

/// <summary>
/// The rotating sign-in codes a meeting's screen shows (TOTP, RFC 6238, with HMAC-SHA256): six digits, short enough to
/// type on a phone. A million codes with two accepted at a time, and attempts limited per member, leave a guess from home
/// about one chance in ten thousand over a whole sign-in window. Each meeting has its own secret, and its id is hashed
/// with the step, so a code seen at one meeting is never another's.
/// </summary>
public static class SignInCodes
{
    public const int Digits = 6;

    private const int Modulus = 1_000_000;

    /// <summary>A new meeting's <see cref="MeetingEntity.SignInSecret"/>: 32 random bytes, base64.</summary>
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>A new meeting's <see cref="MeetingEntity.ScreenKey"/>: 128 random bits, base64url (22 characters).</summary>
    public static string NewScreenKey() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The code shown at <paramref name="now"/>: six digits, leading zeros kept.</summary>
    public static string CodeAt(MeetingEntity m, DateTimeOffset now, TimeSpan step) => CodeOf(m, Counter(now, step));

    /// <summary>Seconds until the code shown at <paramref name="now"/> is replaced: more than 0, at most one step.</summary>
    public static double SecondsLeft(DateTimeOffset now, TimeSpan step) =>
        (double)(step.Ticks - (Since(now) % Ticked(step))) / TimeSpan.TicksPerSecond;

    /// <summary>
    /// Whether <paramref name="typed"/> is the code of this step or of the one before (someone typing as it rolls over);
    /// spaces and full-width digits (０-９, as Chinese input methods type them) are allowed, anything else is not.
    /// </summary>
    public static bool Matches(MeetingEntity m, string? typed, DateTimeOffset now, TimeSpan step)
    {
        if (Normalise(typed) is not { } digits)
        {
            return false;
        }

        var counter = Counter(now, step);
        var current = CryptographicOperations.FixedTimeEquals(digits, Encoding.ASCII.GetBytes(CodeOf(m, counter)));
        var previous = CryptographicOperations.FixedTimeEquals(digits, Encoding.ASCII.GetBytes(CodeOf(m, counter - 1)));
        // Both compared whatever the first gave, so the time taken does not say which step a code belonged to.
        return current | previous;
    }

    private static string CodeOf(MeetingEntity m, long counter)
    {
        if (m.SignInSecret.Length == 0)
        {
            throw new InvalidOperationException($"Meeting {m.Id} has no sign-in secret.");
        }

        var id = Encoding.UTF8.GetBytes(m.Id);
        var message = new byte[sizeof(long) + id.Length];
        BinaryPrimitives.WriteInt64BigEndian(message, counter);
        id.CopyTo(message, sizeof(long));
        var hash = HMACSHA256.HashData(Convert.FromBase64String(m.SignInSecret), message);

        // RFC 4226's dynamic truncation: 31 bits from an offset the hash itself chooses.
        var offset = hash[^1] & 0x0f;
        var value = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff;
        return (value % Modulus).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static long Counter(DateTimeOffset now, TimeSpan step) => Since(now) / Ticked(step);

    private static long Since(DateTimeOffset now) => now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;

    private static long Ticked(TimeSpan step) =>
        step > TimeSpan.Zero ? step.Ticks : throw new ArgumentOutOfRangeException(nameof(step), step, "A code step must be positive.");

    /// <summary>The six ASCII digits typed, or null if it is not six digits.</summary>
    private static byte[]? Normalise(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var digits = new List<byte>(Digits);
        foreach (var c in typed)
        {
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue; // spaces of any width, and the invisible marks some clients paste along
            }

            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= '０' and <= '９' ? c - '０' : -1;
            if (digit < 0 || digits.Count == Digits)
            {
                return null;
            }

            digits.Add((byte)('0' + digit));
        }

        return digits.Count == Digits ? [.. digits] : null;
    }
}
