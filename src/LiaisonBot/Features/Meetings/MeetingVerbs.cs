namespace LiaisonBot.Features.Meetings;

public static class MeetingVerbs
{
    public const string List = "meetings";
    public const string New = "meeting.new";
    public const string Create = "meeting.create";
    public const string Status = "meeting.status";
    public const string View = "meeting.view";
    public const string Coming = "meeting.coming";
    public const string Leave = "meeting.leave";
    public const string Decide = "meeting.decide";
    public const string Request = "meeting.request";
    public const string SignIn = "meeting.signin";
    public const string Sheet = "meeting.sheet";
    public const string Mark = "meeting.mark";
    public const string Close = "meeting.close";
    public const string Export = "meeting.export";
    public const string Edit = "meeting.edit";
    public const string Reschedule = "meeting.reschedule";
    public const string Cancel = "meeting.cancel";
    public const string CancelConfirm = "meeting.cancelConfirm";

    public const string Id = "id";
    public const string Member = "member";
    public const string Approve = "approve";
    public const string Reason = "reason";
    public const string Code = "code";
    public const string Note = "note";
    public const string Marked = "marked";
}
