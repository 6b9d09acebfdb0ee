using System.Security.Cryptography;

namespace LiaisonBot.Features.Meetings.SignIn;

/// <summary>Placeholder until the sign-in branch lands: secrets only.</summary>
public static class SignInCodes
{
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string NewScreenKey() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public static bool Matches(MeetingEntity m, string typed, DateTimeOffset now, TimeSpan step) => false;
}
