using System.Globalization;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>A year's points rules as the secretariat checks them after loading: every number the workbook gave, in words.</summary>
public static class RulesCard
{
    public static IEnumerable<CardElement> Body(Texts t, PointsRules r)
    {
        yield return new FactSet(
        [
            new(t["Points.Rules.Base"], Number(r.Base)),
            new(t["Points.Rules.YearCap"], r.YearCap is { } cap ? Number(cap) : t["Points.Rules.NoCap"]),
            new(t["Points.Rules.Submitted"], t[r.CountSubmitted ? "Points.Rules.Submitted.Counted" : "Points.Rules.Submitted.NotCounted"]),
            new(t["Points.Rules.Tasks"], r.Tasks is { } tasks ? PerTime(t, tasks.Points, null, tasks.Cap) : t["Points.Rules.NoPoints"]),
        ]);
        yield return Heading(t["Points.Rules.Kinds"]);
        yield return new FactSet([.. r.Kinds.Select(k => new Fact(k.Kind.Name(t), PerTime(t, k.Points, k.CoAuthorPoints, k.Cap)))]);
        if (r.Attendance.Count > 0)
        {
            yield return Heading(t["Points.Rules.Attendance"]);
            yield return new FactSet([.. r.Attendance.Select(a => new Fact(a.Kind.Name(t), PerTime(t, a.Points, null, a.Cap)))]);
        }

        if (r.Supervision.Count > 0)
        {
            yield return Heading(t["Points.Rules.Supervision"]);
            yield return new FactSet([.. r.Supervision.OrderByDescending(s => s.AtLeast)
                .Select(s => new Fact(t.Format("Points.Rules.ShareAtLeast", Number(s.AtLeast)), t.Format("Points.Rules.OnceAYear", Number(s.Points))))]);
        }

        if (r.Deductions.Count > 0)
        {
            yield return Heading(t["Points.Rules.Deductions"]);
            yield return new FactSet([.. r.Deductions.Select(d => new Fact(t[$"Points.Deduction.{d.Kind}"], "−" + Number(d.Points)))]);
        }

        yield return Heading(t["Points.Rules.Grades"]);
        yield return new FactSet([.. r.Grades.OrderByDescending(g => g.From).Select(g => new Fact(g.Name(t.IsChinese), t.Format("Points.Rules.From", Number(g.From))))]);
        if (r.Minimums.Count > 0)
        {
            yield return Heading(t["Points.Rules.Minimums"]);
            yield return new FactSet([.. r.Minimums.Select(m => new Fact(m.Kind is { } k ? k.Name(t) : t["Points.Rules.AnyKind"], t.Format("Points.Rules.AtLeast", m.Count)))]);
        }
    }

    public static TextBlock Loaded(Texts t, PointsRulesEntity entity, WorkCalendar calendar) =>
        new(t.Format("Points.Rules.Loaded", Parts.Clip(entity.FileName, 60), entity.LoadedBy, WorkCalendar.Show(calendar.ToDate(entity.LoadedAt), t)))
        {
            IsSubtle = true,
            Size = TextSize.Small,
        };

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string PerTime(Texts t, decimal points, decimal? others, decimal? cap)
    {
        var text = t.Format("Points.Rules.Each", Number(points));
        if (others is { } o)
        {
            text += t.Format("Points.Rules.Others", Number(o));
        }

        return cap is { } c ? text + t.Format("Points.Rules.Cap", Number(c)) : text;
    }

    private static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Separator = true };
}
