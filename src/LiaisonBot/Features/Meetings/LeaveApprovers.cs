using LiaisonBot.App;

namespace LiaisonBot.Features.Meetings;

/// <summary>Who decides an invitee's leave, as the meeting says; checked on the server for every decision.</summary>
public static class LeaveApprovers
{
    /// <summary>Whom a request is sent to.</summary>
    public static IReadOnlyList<string> Of(MeetingEntity m, InviteeEntity invitee, Committee roster) => m.LeaveApproval switch
    {
        LeaveApproval.None => [],
        LeaveApproval.Secretariat => [.. roster.WithRole(Roles.Secretariat).Select(s => s.Code)],
        LeaveApproval.Leader when invitee.GroupCode is { } group && roster.LeaderOf(group) is { } leader &&
            !string.Equals(leader.Code, invitee.MemberCode, StringComparison.OrdinalIgnoreCase) => [leader.Code],
        _ => [m.OrganiserCode], // the organiser decides for invitees whose group has no other leader
    };

    public static bool MayDecide(MeetingEntity m, InviteeEntity invitee, Member member, Committee roster) =>
        m.LeaveApproval == LeaveApproval.Secretariat
            ? member.Has(Roles.Secretariat)
            : Of(m, invitee, roster).Contains(member.Code, StringComparer.OrdinalIgnoreCase);
}
