namespace LiaisonBot.Features.Meetings.SignIn;

/// <summary>When members may sign in: from a while before the start until a while after it, while the meeting is open.</summary>
public static class SignInWindow
{
    public static DateTimeOffset Opens(MeetingEntity m, MeetingOptions o) => m.StartsAt - o.SignInOpensBefore;

    public static DateTimeOffset Closes(MeetingEntity m, MeetingOptions o) => m.StartsAt + o.SignInClosesAfter;

    public static bool IsOpen(MeetingEntity m, DateTimeOffset now, MeetingOptions o) =>
        m.Status == MeetingState.Open && now >= Opens(m, o) && now < Closes(m, o);
}
