using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Meetings.SignIn;

/// <summary>Where a meeting's sign-in stands at a moment: what the screen shows, and why a code is refused.</summary>
public enum SignInPhase
{
    NotYet,
    Open,

    /// <summary>The window has passed; the meeting itself may not be closed yet.</summary>
    Ended,
    Cancelled,
    Closed,
}

/// <summary>When invitees may sign in: from a while before the start until a while after it, while the meeting is open.</summary>
public sealed class SignInWindow(IOptions<MeetingOptions> options)
{
    public DateTimeOffset Opens(MeetingEntity m) => m.StartsAt - options.Value.SignInOpensBefore;

    /// <summary>The first moment sign-in is closed again.</summary>
    public DateTimeOffset Closes(MeetingEntity m) => m.StartsAt + options.Value.SignInClosesAfter;

    public bool IsOpen(MeetingEntity m, DateTimeOffset now) => Phase(m, now) == SignInPhase.Open;

    public SignInPhase Phase(MeetingEntity m, DateTimeOffset now) => m.Status switch
    {
        MeetingState.Cancelled => SignInPhase.Cancelled,
        MeetingState.Closed => SignInPhase.Closed,
        _ when now < Opens(m) => SignInPhase.NotYet,
        _ when now >= Closes(m) => SignInPhase.Ended,
        _ => SignInPhase.Open,
    };
}
