using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;

namespace LiaisonBot.Features.DutyFile.Points;

public enum PointsSource
{
    Activity,
    CoAuthored,
    Task,
    Deduction,

    /// <summary>Present at a closed meeting. Last, because stored points keep a line's source as its number.</summary>
    Meeting,

    /// <summary>The year's satisfaction share in mass supervision (群众评议); after Meeting for the same reason.</summary>
    Supervision,
}

/// <summary>
/// One line of a member's points, enough to explain it: the record it comes from, the rule's value and what was awarded
/// (less when a cap was reached, 0 for an activity already counted under another record, negative for a deduction).
/// A line from a meeting (presence, or the deduction for an absence) has its id and <see cref="Meeting"/> its kind.
/// </summary>
public sealed record PointsLine(string Id, string Title, ActivityKind? Kind, DateOnly Date, PointsSource Source, decimal Rule, decimal Awarded,
    bool Provisional = false, bool Duplicate = false, LineCap Capped = LineCap.None, MeetingKind? Meeting = null);

/// <summary>Which cap cut a line short.</summary>
public enum LineCap
{
    None,
    Kind,
    Tasks,
    Year,
}

/// <summary>How far a member is with one yearly minimum.</summary>
public sealed record MinimumProgress(Minimum Rule, int Have)
{
    public bool Met => Have >= Rule.Count;
}

/// <summary>
/// A member's points for a year: base, lines, total, grade, the provisional points apart, and the minimums.
/// <see cref="LinesLeftOut"/> counts the oldest lines a stored copy had no room for (never the ledger's own result).
/// </summary>
public sealed record MemberPoints(decimal Base, decimal Total, decimal Provisional, GradeBand? Grade, IReadOnlyList<PointsLine> Lines,
    IReadOnlyList<MinimumProgress> Minimums, int LinesLeftOut = 0)
{
    public bool MinimumsMet => Minimums.All(m => m.Met);

    /// <summary>The year's mass supervision result the points were computed with, shown whether or not it earned any.</summary>
    public Satisfaction? Satisfaction { get; init; }

    /// <summary>The line the satisfaction share earned, if the rules gave it any.</summary>
    public PointsLine? SupervisionLine => Lines.FirstOrDefault(l => l.Source == PointsSource.Supervision);

    /// <summary>Points that count (not provisional) by activity kind, in the order of the kinds.</summary>
    public IReadOnlyList<(ActivityKind Kind, decimal Points)> ByKind =>
        [.. Lines.Where(l => l.Kind is not null && !l.Provisional && l.Source is PointsSource.Activity or PointsSource.CoAuthored)
            .GroupBy(l => l.Kind!.Value).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(l => l.Awarded))).Where(k => k.Item2 != 0)];
}
