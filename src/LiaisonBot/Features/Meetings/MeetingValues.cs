namespace LiaisonBot.Features.Meetings;

/// <summary>The meeting form as typed, to show it again with its errors.</summary>
public sealed record MeetingValues(
    string Kind, string Title, string Date, string StartTime, string EndTime, string Place, string Notes,
    bool Everyone, string Groups, string Roles, string People, string Approval, string ReplyByDate, string ReplyByTime)
{
    public static MeetingValues Empty { get; } = new("", "", "", "09:00", "11:00", "", "", false, "", "", "", nameof(LeaveApproval.Organiser), "", "");
}

/// <summary>A checked meeting form: what a meeting is created or rescheduled with.</summary>
public sealed record MeetingDraft(
    MeetingKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, string? Notes,
    App.Audience Invited, LeaveApproval Approval, DateTimeOffset? ReplyBy);
