using LiaisonBot.App;
using LiaisonBot.Features.DutyFile.Points;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>
/// The scheme a work year's groups are assessed against (联络组年度考核方案), as the Standing Committee approved it and the
/// secretariat loaded it from the scheme workbook. Every number is the committee's own; the code holds none.
/// </summary>
/// <param name="Deadline">The last day of the groups' self-evaluation (31 December, say): corrections are taken until its end.</param>
/// <param name="BonusCap">The most the bonus for commended work (加分) may add, whatever its entries add up to.</param>
/// <param name="RescaleMissing">
/// A group an item does not apply to (an agency, for the county party committee's score of townships) has its items' sum
/// rescaled to the scheme's full maximum; otherwise it is simply out of fewer points.
/// </param>
/// <param name="Commended">How many groups are commended (top 3, say); groups tied at the last place are all commended.</param>
public sealed record AssessmentScheme(
    int Year,
    string Title,
    DateOnly Deadline,
    IReadOnlyList<SchemeSection> Sections,
    IReadOnlyList<SchemeItem> Items,
    decimal BonusCap,
    bool RescaleMissing,
    int Commended,
    IReadOnlyList<GradeBand> Grades)
{
    public IEnumerable<SchemeItem> ItemsFor(GroupKind kind) => Items.Where(i => i.AppliesTo(kind));

    /// <summary>The most a group of a kind can score before the bonus.</summary>
    public decimal MaxFor(GroupKind kind) => ItemsFor(kind).Sum(i => i.Max);

    /// <summary>The scheme's full maximum (100, say): that of the kind of group every item it can have applies to.</summary>
    public decimal FullMax => Enum.GetValues<GroupKind>().Max(MaxFor);

    public SchemeItem? Item(string code) => Items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    public SchemeSection? Section(string code) => Sections.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The band a total falls in: the highest whose lower bound it reaches; the lowest band is the floor.</summary>
    public GradeBand? GradeOf(decimal total) =>
        Grades.OrderByDescending(g => g.From).FirstOrDefault(g => total >= g.From) ?? Grades.MinBy(g => g.From);
}

/// <summary>A section of the scheme (自身建设 self-building, say), by the code its items name it with.</summary>
public sealed record SchemeSection(string Code, string Chinese, string English)
{
    public string Name(bool chinese) => chinese ? Chinese : English;
}

/// <summary>
/// An item of the scheme: its section, its maximum, where its points come from and, for a computed item, the formula
/// (from the fixed set of <see cref="ItemFormula"/>) with its <see cref="Target"/> or <see cref="By"/> date.
/// </summary>
public sealed record SchemeItem(string Code, string Section, string Chinese, string English, decimal Max, ItemSource Source, ItemScope Scope)
{
    public ItemFormula? Formula { get; init; }

    /// <summary>The count a computed item's full points need: verified records a member, progress reports a year.</summary>
    public decimal? Target { get; init; }

    /// <summary>The day by which something must be done for a computed item's points: the plan filed, the annual report posted.</summary>
    public DateOnly? By { get; init; }

    public string Name(bool chinese) => chinese ? Chinese : English;

    public bool AppliesTo(GroupKind kind) => Scope switch
    {
        ItemScope.Township => kind == GroupKind.Township,
        ItemScope.Agency => kind == GroupKind.Agency,
        _ => true,
    };
}

/// <summary>Where an item's points come from.</summary>
public enum ItemSource
{
    /// <summary>Computed from the year's data by the item's formula; the secretariat may adjust it, with a reason.</summary>
    Computed,

    /// <summary>Entered by the secretariat in the review (the county party committee's score, 县委评分).</summary>
    Entered,

    /// <summary>Claimed by the group in its self-evaluation with a short statement, and checked by the secretariat.</summary>
    Claimed,
}

/// <summary>Which groups an item applies to.</summary>
public enum ItemScope
{
    All,
    Township,
    Agency,
}

/// <summary>
/// The fixed set of formulas a computed item may name. Each gives a share from 0 to 1 of the item's maximum; the points
/// are that share of the maximum, to one decimal.
/// </summary>
public enum ItemFormula
{
    /// <summary>The group's plan of the year sent to its members on or before <see cref="SchemeItem.By"/>: all or nothing.</summary>
    PlanFiledBy,

    /// <summary>The group's annual work report posted in its channel on or before <see cref="SchemeItem.By"/>: all or nothing.</summary>
    AnnualReportBy,

    /// <summary>Progress reports posted in the year, against <see cref="SchemeItem.Target"/>; capped at the full points.</summary>
    ProgressReports,

    /// <summary>The share of the group's sent plan tasks done on or before their due date.</summary>
    TasksOnTime,

    /// <summary>Verified records of the year per member, against <see cref="SchemeItem.Target"/> a member; capped at the full points.</summary>
    RecordsPerMember,

    /// <summary>The share of the group's members who met the year's minimums in their duty file.</summary>
    MembersMeetingMinimums,

    /// <summary>The share of invitations to the year's closed meetings the group's members attended.</summary>
    Attendance,

    /// <summary>The group's mean total in the year's closed Standing Committee scoring round, over the round's maximum.</summary>
    ScoringMean,

    /// <summary>The group's satisfaction share in the year's closed mass supervision campaigns.</summary>
    SupervisionShare,
}
