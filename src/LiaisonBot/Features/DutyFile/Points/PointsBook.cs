using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.MassSupervision.Results;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Reports;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>
/// Keeps the computed points up to date: a group's year at a time, from its members' reports of the year wherever they
/// were filed (own records, and fellow members' records that name a member), its sent plan tasks, its members' attendance
/// at the year's closed meetings, what the year's closed mass supervision campaigns said about them, and the year's rules.
/// Without rules for the year there are no points, and nothing is written.
/// </summary>
public sealed class PointsBook(
    PointsRulesStore rules, DutyPointsStore points, RosterStore roster, FiledActivities activities, PlanTaskRecords tasks,
    AttendanceRecords attendance, SupervisionResults supervision, TimeProvider clock, ILogger<PointsBook> logger)
{
    // Lines keep a short title: enough to recognise the record, small enough that a busy year fits in one row.
    private const int TitleLength = 40;

    /// <summary>
    /// Recomputes every group of the year, a few groups at a time (each is a read of its reports and one write), so that a
    /// large committee's rules upload is answered within Teams' 15 seconds; returns how many members' points were written.
    /// </summary>
    public async Task<int> RecomputeYearAsync(int year, CancellationToken ct)
    {
        var committee = await roster.GetAsync(ct);
        var yearRules = await rules.FindAsync(year, ct);
        var written = 0;
        await Parallel.ForEachAsync(committee.Groups, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (group, token) =>
            Interlocked.Add(ref written, await RecomputeAsync(committee, yearRules, year, group.Code, token)));
        return written;
    }

    public async Task<int> RecomputeGroupAsync(int year, string groupCode, CancellationToken ct) =>
        await RecomputeAsync(await roster.GetAsync(ct), await rules.FindAsync(year, ct), year, groupCode, ct);

    private async Task<int> RecomputeAsync(Committee committee, PointsRules? yearRules, int year, string groupCode, CancellationToken ct)
    {
        var members = committee.MembersOf(groupCode).ToList();
        if (yearRules is null || members.Count == 0)
        {
            return 0;
        }

        var codes = members.Select(m => m.Code).ToList();
        // Attendance is read while the reports are: a rules upload recomputes every group before it is answered.
        var reading = attendance.OfMembersAsync(year, codes, ct);
        var asked = supervision.OfMembersAsync(year, codes, ct);
        var records = await activities.RecordsOfMembersAsync(year, codes, ct);
        var groupTasks = await tasks.OfGroupAsync(year, groupCode, ct);
        var meetings = await reading;
        var figures = await asked;
        var at = clock.GetUtcNow();
        var rows = members.Select(member =>
        {
            var (presences, absences) = Attendance(member.Code, meetings);
            var inputs = new PointsInputs(Credits(member.Code, records), Tasks(member.Code, groupTasks), presences, absences)
            {
                Satisfaction = Satisfaction(member.Code, figures),
            };
            var waiting = records.Count(r => r.AuthorCode == member.Code && r.Counts && r.State == ReviewState.Submitted);
            return DutyPointsStore.Row(year, member.Code, groupCode, PointsLedger.Compute(yearRules, inputs), waiting, at);
        }).ToList();
        await points.SaveAsync(rows, ct);
        logger.LogInformation("Points of group {Group} for {Year} recomputed: {Members} members.", groupCode, year, rows.Count);
        return rows.Count;
    }

    /// <summary>A member's own counted records, and the counted records of others that name them; returned or disputed ones stand apart.</summary>
    private static List<Credit> Credits(string memberCode, IReadOnlyList<GroupRecord> records)
    {
        var credits = new List<Credit>();
        foreach (var r in records.Where(r => r.Counts && r.State is ReviewState.Verified or ReviewState.Submitted))
        {
            CreditRole? role = r.AuthorCode == memberCode ? CreditRole.Own
                : r.Participants.Contains(memberCode, StringComparer.OrdinalIgnoreCase) ? CreditRole.CoAuthor
                : null;
            if (role is { } found)
            {
                credits.Add(new Credit(r.Id, r.Kind, r.Date, Parts.Clip(r.Title, TitleLength), found, r.State == ReviewState.Verified));
            }
        }

        return credits;
    }

    /// <summary>The tasks the member owns: named as an owner, or a whole-group task (each member of the group owns it).</summary>
    private static List<OwnedTask> Tasks(string memberCode, IReadOnlyList<PlanTaskRecord> tasks) =>
        [.. tasks.Where(t => t.OwnerCodes.Count == 0 || t.OwnerCodes.Contains(memberCode, StringComparer.OrdinalIgnoreCase))
            .Select(t => new OwnedTask(t.Key, Parts.Clip(t.Title, TitleLength), t.Due, t.DoneOn))];

    /// <summary>The member's answers in the year's closed campaigns, when any campaign asked about them.</summary>
    private static Satisfaction? Satisfaction(string memberCode, MemberFigures? figures) =>
        figures is not null && figures.Members.TryGetValue(memberCode, out var counts)
            ? new Satisfaction(counts.Answered, counts.SatisfactionShare, figures.MinBallots, DateOnly.FromDateTime(figures.ClosedAt.UtcDateTime))
            : null;

    /// <summary>The member's closed meetings: presence earns the kind's points, leave and absence are the two deductions.</summary>
    private static (List<Presence> Presences, List<DeductionEvent> Absences) Attendance(string memberCode, IReadOnlyList<AttendanceRecord> meetings)
    {
        var mine = meetings.Where(m => string.Equals(m.MemberCode, memberCode, StringComparison.OrdinalIgnoreCase)).ToList();
        return (
            [.. mine.Where(m => m.Outcome == AttendanceOutcome.Present)
                .Select(m => new Presence(m.MeetingId, m.Kind, m.Date, Parts.Clip(m.Title, TitleLength)))],
            [.. mine.Where(m => m.Outcome != AttendanceOutcome.Present)
                .Select(m => new DeductionEvent(m.MeetingId, m.Outcome == AttendanceOutcome.Excused ? DeductionKind.AbsenceExcused : DeductionKind.AbsenceUnexcused,
                    m.Date, Parts.Clip(m.Title, TitleLength), m.Kind))]);
    }
}
