using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>
/// A year's scheme as the secretariat checks it after loading and later looks it up: the settings, each section with its
/// items (maximum, source, formula in words, scope), each kind of group's full marks, and the grades.
/// </summary>
public static class SchemeCard
{
    public static IEnumerable<CardElement> Body(Texts t, AssessmentScheme s)
    {
        if (s.Title.Length > 0)
        {
            yield return new TextBlock(s.Title) { Weight = TextWeight.Bolder };
        }

        yield return new FactSet(
        [
            new(t["Assessment.Scheme.Deadline"], WorkCalendar.Show(s.Deadline, t)),
            .. Enum.GetValues<GroupKind>().Select(kind => new Fact(t[$"Assessment.Scheme.MaxFor.{kind}"], MaxFor(t, s, kind))),
            new(t["Assessment.Scheme.BonusCap"], SchemeWords.Points(t, s.BonusCap)),
            new(t["Assessment.Scheme.Commended"], t.Format("Assessment.Scheme.CommendedTop", s.Commended)),
        ]);
        foreach (var section in s.Sections)
        {
            var items = s.Items.Where(i => string.Equals(i.Section, section.Code, StringComparison.OrdinalIgnoreCase)).ToList();
            yield return Heading($"{section.Name(t.IsChinese)} · {SchemeWords.Points(t, items.Sum(i => i.Max))}");
            yield return new FactSet([.. items.Select(i => new Fact(i.Name(t.IsChinese), SchemeWords.Line(t, i)))]);
        }

        yield return Heading(t["Points.Rules.Grades"]);
        yield return new FactSet([.. s.Grades.OrderByDescending(g => g.From)
            .Select(g => new Fact(g.Name(t.IsChinese), t.Format("Points.Rules.From", SchemeWords.Number(g.From))))]);
    }

    /// <summary>Who loaded the scheme from which file, when.</summary>
    public static TextBlock Loaded(Texts t, AssessmentEntity year, WorkCalendar calendar) =>
        new(t.Format("Points.Rules.Loaded", Parts.Clip(year.SchemeFile, 60), year.SchemeBy, WorkCalendar.Show(calendar.ToDate(year.SchemeAt), t)))
        {
            IsSubtle = true,
            Size = TextSize.Small,
        };

    /// <summary>A kind's full marks; when the scheme rescales what a kind lacks, what they are rescaled to.</summary>
    private static string MaxFor(Texts t, AssessmentScheme s, GroupKind kind)
    {
        var max = s.MaxFor(kind);
        return s.RescaleMissing && max < s.FullMax
            ? t.Format("Assessment.Scheme.Rescaled", SchemeWords.Points(t, max), SchemeWords.Points(t, s.FullMax))
            : SchemeWords.Points(t, max);
    }

    private static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Separator = true };
}
