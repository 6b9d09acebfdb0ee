namespace LiaisonBot.Features.Meetings.SignIn;

/// <summary>What a meeting's sign-in screen shows at one moment; the code and its time only while sign-in is open.</summary>
public sealed record ScreenView(
    MeetingEntity Meeting, SignInPhase Phase, DateTimeOffset Opens, DateTimeOffset Closes, TimeSpan Step,
    string? Code, double? SecondsLeft, int SignedIn, int Invited);

/// <summary>The screen's poll answer: <c>state</c> is the sign-in phase (notYet, open, ended, cancelled, closed).</summary>
public sealed record ScreenCode(string? Code, double? SecondsLeft, int SignedIn, int Invited, string State);
