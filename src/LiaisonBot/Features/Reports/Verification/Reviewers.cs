using LiaisonBot.App;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Reports.Verification;

/// <summary>
/// Who verifies a report: the leader of the group it was filed in, for that group's members; the secretariat for anyone
/// (and alone for a leader's own report); never its author. Decided from the stored report and the roster, never from
/// card data.
/// </summary>
public static class Reviewers
{
    public static bool MayReview(Member reviewer, ReportEntity report) =>
        reviewer.Code != report.AuthorCode &&
        (reviewer.Has(Roles.Secretariat) || (reviewer.Has(Roles.Leader) && reviewer.GroupCode is { } group && group == report.GroupCode));

    /// <summary>Who decides on a disputed record: the organiser who recorded it, or the secretariat; never the member it is about.</summary>
    public static bool MaySettle(Member member, ReportEntity report) =>
        member.Code != report.AuthorCode && (member.Code == report.OrganizedBy || member.Has(Roles.Secretariat));

    /// <summary>The group's leader a report waits for; null when only the secretariat can verify it (a leader's own).</summary>
    public static Member? LeaderFor(ReportEntity report, Committee roster) =>
        roster.LeaderOf(report.GroupCode ?? "") is { } leader && leader.Code != report.AuthorCode ? leader : null;

    /// <summary>Who a waiting report waits for, as its author reads it: the group's leader, or the secretariat.</summary>
    public static string WaitingFor(Texts t, ReportEntity report, Committee roster) =>
        LeaderFor(report, roster)?.Name ?? t["Report.Review.Secretariat"];
}
