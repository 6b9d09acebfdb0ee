using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>
/// A computed figure in words, for every card and export that shows one: what the formula counted, in the reader's
/// language ("12 of 15 tasks done on time", "计划于3月20日报送（截止3月31日）"), then its note if it has one.
/// </summary>
public static class FigureText
{
    public static string Explain(Texts t, SchemeItem item, ItemFigure figure)
    {
        var note = figure.Note is { } key ? t[key] : null;
        if (note is not null && figure.Of == 0)
        {
            return note; // nothing was counted: the note says why
        }

        var words = Words(t, item, figure);
        return note is null ? words : words + " · " + note;
    }

    private static string Words(Texts t, SchemeItem item, ItemFigure f) => item.Formula switch
    {
        ItemFormula.PlanFiledBy => ByDate(t, "Plan", item, f),
        ItemFormula.AnnualReportBy => ByDate(t, "Annual", item, f),
        ItemFormula.ProgressReports => t.Format("Assessment.Figure.ProgressReports", Number(t, f.Have), Number(t, f.Of)),
        ItemFormula.TasksOnTime => t.Plural("Assessment.Figure.TasksOnTime", Count(f.Of), Number(t, f.Have)),
        ItemFormula.RecordsPerMember => t.Format("Assessment.Figure.RecordsPerMember", Number(t, f.Have), Number(t, f.Of)),
        ItemFormula.MembersMeetingMinimums => t.Plural("Assessment.Figure.MembersMeetingMinimums", Count(f.Of), Number(t, f.Have)),
        ItemFormula.Attendance => t.Plural("Assessment.Figure.Attendance", Count(f.Of), Number(t, f.Have), Percent(t, f.Have, f.Of)),
        ItemFormula.ScoringMean => t.Format("Assessment.Figure.ScoringMean", Number(t, f.Have), Number(t, f.Of)),
        ItemFormula.SupervisionShare => t.Format("Assessment.Figure.SupervisionShare", Percent(t, f.Have, f.Of), Number(t, f.Have), Number(t, f.Of)),
        _ => t.Format("Assessment.Figure.Of", Number(t, f.Have), Number(t, f.Of)),
    };

    /// <summary>All or nothing by a date: done on a day (the first record's), on time or late, or not done, always with the date it was due.</summary>
    private static string ByDate(Texts t, string what, SchemeItem item, ItemFigure f)
    {
        var by = item.By is { } date ? Day(t, date, date.Year) : "—";
        return f.Evidence.FirstOrDefault(e => e.Date is not null)?.Date is { } done
            ? t.Format($"Assessment.Figure.{what}.{(f.Have > 0 ? "OnTime" : "Late")}", Day(t, done, item.By?.Year ?? done.Year), by)
            : t.Format($"Assessment.Figure.{what}.None", by);
    }

    /// <summary>"3月20日" / "20 Mar", with the year only when it is not the deadline's ("2027年1月10日").</summary>
    public static string Day(Texts t, DateOnly date, int year) => date.Year == year
        ? date.ToString(t.IsChinese ? "M月d日" : "d MMM", t.Culture)
        : date.ToString(t.IsChinese ? "yyyy年M月d日" : "d MMM yyyy", t.Culture);

    /// <summary>What these formulas count over is a whole number: tasks, members, invitations.</summary>
    private static int Count(decimal value) => (int)value;

    private static string Number(Texts t, decimal value) => value.ToString("0.#", t.Culture);

    private static string Percent(Texts t, decimal have, decimal of) => of == 0 ? "—" : (have / of).ToString("0.#%", t.Culture);
}
