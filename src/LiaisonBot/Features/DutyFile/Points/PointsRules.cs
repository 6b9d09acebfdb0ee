using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>
/// How a work year's duties become points (履职积分), as the secretariat loaded them from the rules workbook. Every number
/// is the committee's own: the sample workbook holds typical values, the code none.
/// </summary>
/// <param name="Base">Where every member starts: 0 in schemes that only add, 100 in those that also deduct.</param>
/// <param name="YearCap">The most that activities, tasks and meetings attended may add in one year; deductions are not capped.</param>
/// <param name="CountSubmitted">Records not yet verified are counted as provisional points, shown apart from the rest.</param>
public sealed record PointsRules(
    int Year,
    decimal Base,
    decimal? YearCap,
    bool CountSubmitted,
    IReadOnlyList<KindRule> Kinds,
    TaskRule? Tasks,
    IReadOnlyList<AttendanceRule> Attendance,
    IReadOnlyList<DeductionRule> Deductions,
    IReadOnlyList<GradeBand> Grades,
    IReadOnlyList<Minimum> Minimums)
{
    /// <summary>Rules stored before meetings took attendance have no such list: they value no meeting.</summary>
    public IReadOnlyList<AttendanceRule> Attendance { get; init; } = Attendance ?? [];

    /// <summary>Points for a member's satisfaction share in the year's mass supervision (the optional 群众评议 sheet); none when empty.</summary>
    public IReadOnlyList<SupervisionRule> Supervision { get; init; } = [];

    /// <summary>The band a satisfaction share (0–1) reaches: the one with the highest threshold at or under it, if any.</summary>
    public SupervisionRule? For(decimal share) => Supervision.Where(s => share * 100 >= s.AtLeast).MaxBy(s => s.AtLeast);

    public KindRule? For(ActivityKind kind) => Kinds.FirstOrDefault(k => k.Kind == kind);

    public AttendanceRule? For(MeetingKind kind) => Attendance.FirstOrDefault(a => a.Kind == kind);

    /// <summary>
    /// The band a total falls in: the highest whose lower bound it reaches. The lowest band is the floor ("below 60: not
    /// competent"), so a total under its bound, after deductions, still has a grade.
    /// </summary>
    public GradeBand? GradeOf(decimal total) =>
        Grades.OrderByDescending(g => g.From).FirstOrDefault(g => total >= g.From) ?? Grades.MinBy(g => g.From);
}

/// <summary>
/// Points for one kind of activity: <see cref="Points"/> to the member whose record it is (the lead author of a proposal),
/// <see cref="CoAuthorPoints"/> to each fellow member the record names (none when blank), at most <see cref="Cap"/> a year.
/// </summary>
public sealed record KindRule(ActivityKind Kind, decimal Points, decimal? CoAuthorPoints, decimal? Cap);

/// <summary>Points for each plan task a member owns and finished by its due date, at most <see cref="Cap"/> a year.</summary>
public sealed record TaskRule(decimal Points, decimal? Cap);

/// <summary>
/// Points for being present at a closed meeting of a kind, at most <see cref="Cap"/> a year. Attendance is recorded by the
/// organiser, so it needs no verification; absences are what <see cref="DeductionRule"/> takes off for.
/// </summary>
public sealed record AttendanceRule(MeetingKind Kind, decimal Points, decimal? Cap);

/// <summary>
/// Points once a year for a satisfaction share (满意率, in per cent) of at least <see cref="AtLeast"/> in the year's closed
/// mass supervision campaigns; only the highest band reached counts, and a member with fewer ballots than the campaign's
/// k gets none.
/// </summary>
public sealed record SupervisionRule(decimal AtLeast, decimal Points);

/// <summary>Points taken off for each event of a kind the bot records (an unexcused absence from a meeting, say).</summary>
public sealed record DeductionRule(DeductionKind Kind, decimal Points);

/// <summary>What a deduction is for: an invitee's absence from a closed meeting, as its organiser recorded it.</summary>
public enum DeductionKind
{
    /// <summary>Absent with leave (请假缺席).</summary>
    AbsenceExcused,

    /// <summary>Absent without leave (无故缺席).</summary>
    AbsenceUnexcused,
}

/// <summary>A grade (等次) from a lower bound up: 优秀 from 90, say. Its name in both languages, as the workbook wrote them.</summary>
public sealed record GradeBand(string Chinese, string English, decimal From)
{
    public string Name(bool chinese) => chinese ? Chinese : English;
}

/// <summary>A yearly minimum (基本履职要求): at least <see cref="Count"/> activities of a kind, or of any kind when null.</summary>
public sealed record Minimum(ActivityKind? Kind, int Count);
