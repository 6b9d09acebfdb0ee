using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;
using static LiaisonBot.Features.Assessment.Figures.Figure;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>
/// The items computed from the members' year: their verified records, their duty files' minimums, their attendance.
/// The members are the group's on the roster now; each is a line of the figure, with their own count.
/// </summary>
public sealed class MemberItems(FiledActivities activities, PointsStanding points, AttendanceRecords attendance)
{
    /// <summary>
    /// Verified records of the year a member (each activity once; a record waiting for verification does not count yet),
    /// against the item's target a member; more than the target earns no more.
    /// </summary>
    public async Task<ItemFigure> RecordsAsync(SchemeItem item, FigureContext at, CancellationToken ct)
    {
        if (item.Target is not { } target || target <= 0)
        {
            return None(item, Notes.NoTarget);
        }

        if (at.Members.Count == 0)
        {
            return None(item, Notes.NoMembers, 0, target);
        }

        var records = await activities.RecordsOfMembersAsync(at.Year, at.Codes, ct);
        var counts = at.Members.Select(m => (Member: m, Count: records.Count(r => r.Counts && r.State == ReviewState.Verified
            && string.Equals(r.AuthorCode, m.Code, StringComparison.OrdinalIgnoreCase)))).ToList();
        var total = counts.Sum(c => c.Count);
        return Of(item, Share(total, at.Members.Count * target), Scorecard.OneDecimal((decimal)total / at.Members.Count), target,
            counts.Select(c => new Evidence(null, $"{c.Member.Name} · {Number(c.Count)}", c.Count >= target)));
    }

    /// <summary>
    /// The share of the members whose duty file meets the year's minimums, as the points last computed say. Without the
    /// year's points rules there are no points, and so nothing to say who met them: 0, with a note.
    /// </summary>
    public async Task<ItemFigure> MinimumsAsync(SchemeItem item, FigureContext at, CancellationToken ct)
    {
        var rows = await points.MinimumsMetAsync(at.Year, at.Group.Code, ct);
        if (rows.Count == 0 || at.Members.Count == 0)
        {
            return None(item, at.Members.Count == 0 ? Notes.NoMembers : Notes.NoDutyPoints);
        }

        var met = at.Members.Select(m => (Member: m, Met: rows.TryGetValue(m.Code, out var meets) && meets)).ToList();
        var have = met.Count(m => m.Met);
        return Of(item, Share(have, met.Count), have, met.Count, met.Select(m => new Evidence(null, m.Member.Name, m.Met)));
    }

    /// <summary>The share of the invitations to the year's closed meetings that the members attended (present; leave is not presence).</summary>
    public async Task<ItemFigure> AttendanceAsync(SchemeItem item, FigureContext at, CancellationToken ct)
    {
        var records = at.Members.Count == 0 ? [] : await attendance.OfMembersAsync(at.Year, at.Codes, ct);
        if (records.Count == 0)
        {
            return None(item, at.Members.Count == 0 ? Notes.NoMembers : Notes.NoMeetings);
        }

        var byMember = at.Members.Select(m =>
        {
            var mine = records.Where(r => string.Equals(r.MemberCode, m.Code, StringComparison.OrdinalIgnoreCase)).ToList();
            return (Member: m, Present: mine.Count(r => r.Outcome == AttendanceOutcome.Present), Invited: mine.Count);
        }).ToList();
        var present = byMember.Sum(m => m.Present);
        return Of(item, Share(present, records.Count), present, records.Count,
            byMember.Select(m => new Evidence(null, $"{m.Member.Name} · {Number(m.Present)}/{Number(m.Invited)}", m.Invited > 0 && m.Present == m.Invited)));
    }

}
