using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>
/// Turns a member's records into points under a year's rules. It is a pure function of its inputs, and it orders them
/// itself (verified before provisional, then by date, then by id; tasks, meetings and deductions by date, then by id), so
/// the same rules and records always give the same points, line for line, whichever order the store returned them in.
/// </summary>
public static class PointsLedger
{
    public static MemberPoints Compute(PointsRules rules, PointsInputs inputs)
    {
        var credits = Counted(inputs.Credits.Where(c => c.Verified || rules.CountSubmitted));
        var lines = new List<PointsLine>();
        var kindTotals = new Dictionary<ActivityKind, decimal>();
        foreach (var (credit, duplicate) in credits)
        {
            var line = new PointsLine(credit.RecordId, credit.Title, credit.Kind, credit.Date,
                credit.Role == CreditRole.Own ? PointsSource.Activity : PointsSource.CoAuthored, 0, 0, !credit.Verified, duplicate);
            var rule = rules.For(credit.Kind);
            var value = credit.Role == CreditRole.Own ? rule?.Points ?? 0 : rule?.CoAuthorPoints ?? 0;
            if (duplicate || value == 0)
            {
                lines.Add(line with { Rule = duplicate ? 0 : value });
                continue;
            }

            var so = kindTotals.GetValueOrDefault(credit.Kind);
            var awarded = Capped(value, so, rule!.Cap);
            kindTotals[credit.Kind] = so + awarded;
            lines.Add(line with { Rule = value, Awarded = awarded, Capped = awarded < value ? LineCap.Kind : LineCap.None });
        }

        lines.AddRange(TaskLines(rules.Tasks, inputs.Tasks));
        lines.AddRange(PresenceLines(rules, inputs.Presences));
        if (SupervisionLine(rules, inputs.Satisfaction) is { } supervision)
        {
            lines.Add(supervision);
        }

        YearCap(lines, rules.YearCap);
        lines.AddRange(inputs.Deductions.OrderBy(d => d.Date).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => rules.Deductions.FirstOrDefault(r => r.Kind == d.Kind) is { } r
                ? new PointsLine(d.Id, d.Title, null, d.Date, PointsSource.Deduction, -Math.Abs(r.Points), -Math.Abs(r.Points), Meeting: d.Meeting)
                : null)
            .OfType<PointsLine>());

        var total = rules.Base + lines.Where(l => !l.Provisional).Sum(l => l.Awarded);
        var minimums = rules.Minimums.Select(m => new MinimumProgress(m,
            credits.Count(c => !c.Duplicate && c.Credit.Verified && (m.Kind is null || c.Credit.Kind == m.Kind)))).ToList();
        return new MemberPoints(rules.Base, total, lines.Where(l => l.Provisional).Sum(l => l.Awarded), rules.GradeOf(total), lines, minimums)
        {
            Satisfaction = inputs.Satisfaction,
        };
    }

    /// <summary>
    /// The credits in ledger order, each marked when the same activity (same kind and day) is already counted under another
    /// record: one activity is never counted twice. The verified record wins, then the member's own, then the first by id.
    /// </summary>
    private static List<(Credit Credit, bool Duplicate)> Counted(IEnumerable<Credit> credits)
    {
        var ordered = credits
            .OrderBy(c => c.Verified ? 0 : 1).ThenBy(c => c.Date).ThenBy(c => c.Role).ThenBy(c => c.RecordId, StringComparer.Ordinal)
            .ToList();
        var seen = new HashSet<(ActivityKind, DateOnly)>();
        return [.. ordered.Select(c => (c, !seen.Add((c.Kind, c.Date))))];
    }

    private static IEnumerable<PointsLine> TaskLines(TaskRule? rule, IReadOnlyList<OwnedTask> tasks)
    {
        if (rule is null || rule.Points == 0)
        {
            yield break;
        }

        decimal so = 0;
        foreach (var task in tasks.Where(t => t.OnTime).OrderBy(t => t.Done).ThenBy(t => t.TaskKey, StringComparer.Ordinal))
        {
            var awarded = Capped(rule.Points, so, rule.Cap);
            so += awarded;
            yield return new PointsLine(task.TaskKey, task.Title, null, task.Done!.Value, PointsSource.Task, rule.Points, awarded,
                Capped: awarded < rule.Points ? LineCap.Tasks : LineCap.None);
        }
    }

    /// <summary>
    /// Presence at meetings, up to each kind's cap. A kind the rules give nothing for makes no line (nor does an absence
    /// without a deduction rule): the duty file lists the meetings themselves, whatever they earned.
    /// </summary>
    private static IEnumerable<PointsLine> PresenceLines(PointsRules rules, IReadOnlyList<Presence> presences)
    {
        var kindTotals = new Dictionary<MeetingKind, decimal>();
        foreach (var presence in presences.OrderBy(p => p.Date).ThenBy(p => p.MeetingId, StringComparer.Ordinal))
        {
            if (rules.For(presence.Kind) is not { Points: > 0 } rule)
            {
                continue;
            }

            var so = kindTotals.GetValueOrDefault(presence.Kind);
            var awarded = Capped(rule.Points, so, rule.Cap);
            kindTotals[presence.Kind] = so + awarded;
            yield return new PointsLine(presence.MeetingId, presence.Title, null, presence.Date, PointsSource.Meeting, rule.Points, awarded,
                Capped: awarded < rule.Points ? LineCap.Kind : LineCap.None, Meeting: presence.Kind);
        }
    }

    /// <summary>
    /// The satisfaction share's band, once a year, within the year cap; nothing with too few ballots (under the campaign's
    /// k a share is not even shown) or when the share reaches no band.
    /// </summary>
    private static PointsLine? SupervisionLine(PointsRules rules, Satisfaction? satisfaction) =>
        satisfaction is { TooFew: false, Share: { } share } && rules.For(share) is { Points: > 0 } band
            ? new PointsLine($"supervision-{rules.Year}", Percent(share), null, satisfaction.Date, PointsSource.Supervision, band.Points, band.Points)
            : null;

    /// <summary>Cuts what activities, tasks and meetings add down to the year's cap, verified lines first, in ledger order.</summary>
    private static void YearCap(List<PointsLine> lines, decimal? cap)
    {
        if (cap is null)
        {
            return;
        }

        decimal so = 0;
        var order = lines.Select((line, i) => (line, i)).OrderBy(x => x.line.Provisional).ThenBy(x => x.line.Date).ThenBy(x => x.i).ToList();
        foreach (var (line, i) in order)
        {
            var awarded = Capped(line.Awarded, so, cap);
            so += awarded;
            if (awarded < line.Awarded)
            {
                lines[i] = line with { Awarded = awarded, Capped = LineCap.Year };
            }
        }
    }

    /// <summary>A share as the duty file shows it, 0.923 → 92.3%.</summary>
    public static string Percent(decimal share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static decimal Capped(decimal value, decimal so, decimal? cap) =>
        cap is { } c && value > 0 ? Math.Max(0, Math.Min(value, c - so)) : value;
}
