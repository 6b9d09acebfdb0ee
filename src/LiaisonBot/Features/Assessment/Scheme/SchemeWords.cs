using System.Globalization;
using LiaisonBot.Calendar;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>A scheme's numbers and rules in words, as every card that shows an item says them.</summary>
public static class SchemeWords
{
    public static string Points(Texts t, decimal points) => t.Format("Assessment.Scheme.Points", Number(points));

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Where an item's points come from: its formula with its target or date, or who gives them.</summary>
    public static string Source(Texts t, SchemeItem item) => item.Source switch
    {
        ItemSource.Computed when item.Formula is { } formula => t.Format("Assessment.Scheme.Computed", Formula(t, formula, item)),
        _ => t[$"Assessment.Scheme.Source.{item.Source}"],
    };

    /// <summary>A formula as the secretariat and the leaders read it: "the plan filed by 31 Mar 2026".</summary>
    public static string Formula(Texts t, ItemFormula formula, SchemeItem item) =>
        t.Format($"Assessment.Scheme.Formula.{formula}", item.By is { } by ? WorkCalendar.Show(by, t) : Number(item.Target ?? 0));

    /// <summary>"townships only", or null for an item every group has.</summary>
    public static string? Scope(Texts t, SchemeItem item) => item.Scope == ItemScope.All ? null : t[$"Assessment.Scheme.Scope.{item.Scope}"];

    /// <summary>The item's maximum, source and scope on one line.</summary>
    public static string Line(Texts t, SchemeItem item) =>
        string.Join(" · ", new[] { Points(t, item.Max), Source(t, item), Scope(t, item) }.OfType<string>());
}
