namespace LiaisonBot.Features.Meetings;

public static class MeetingLimits
{
    public const int MaxReason = 200;
    public const int MaxNote = 200;
}
