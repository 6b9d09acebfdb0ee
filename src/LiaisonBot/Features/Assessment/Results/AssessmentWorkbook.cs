using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>
/// A year's assessment as a workbook: a summary sheet with every group ranked (each section's points, the items' sum,
/// the rescaled sum, the bonus, the total, grade and commendation), then a sheet per group with every item (source,
/// points proposed, adjusted with the reason, points, maximum, what they rest on) and every bonus entry, so each figure
/// of the summary is explained beside it.
/// </summary>
public static class AssessmentWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(Texts t, YearResults year)
    {
        var sheets = new Dictionary<string, object>
        {
            [SheetNames.Unique(t.Format("Assessment.Sheet.Summary", year.Assessment.Year), [])] = year.Cards.Select(c => Summary(t, year.Scheme, c)).ToList(),
        };
        foreach (var card in year.Cards)
        {
            sheets[SheetNames.Unique(card.Group.Name, sheets.Keys)] = Lines(t, year.Scheme, card).ToList();
        }

        using var file = new MemoryStream();
        MiniExcel.SaveAs(file, sheets, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true });
        return file.ToArray();
    }

    private static Dictionary<string, object?> Summary(Texts t, AssessmentScheme scheme, Scorecard card)
    {
        var row = new Dictionary<string, object?>
        {
            [t["Assessment.Sheet.Rank"]] = card.Rank,
            [t["Assessment.Sheet.Group"]] = card.Group.Name,
            [t["Assessment.Sheet.Kind"]] = t[$"Kind.{card.Group.Kind}"],
        };
        foreach (var section in scheme.Sections)
        {
            // A section that does not apply to the group (the township-only score for an agency) is left blank, not 0.
            row[section.Name(t.IsChinese)] = card.Sections.FirstOrDefault(s => s.Section.Code == section.Code)?.Points;
        }

        row[t["Assessment.Sheet.Sum"]] = card.Sum;
        row[t["Assessment.Sheet.Scaled"]] = card.Scaled;
        row[t["Assessment.Sheet.Bonus"]] = card.BonusPoints;
        row[t["Assessment.Sheet.Total"]] = card.Total;
        row[t["Assessment.Sheet.Grade"]] = card.Grade?.Name(t.IsChinese) ?? "";
        row[t["Assessment.Sheet.Commended"]] = card.Commended ? t["Assessment.Sheet.Yes"] : "";
        return row;
    }

    private static IEnumerable<Dictionary<string, object?>> Lines(Texts t, AssessmentScheme scheme, Scorecard card)
    {
        foreach (var item in card.Items)
        {
            var note = item.Claim is { Statement.Length: > 0 } claim ? $"{ScoreText.Basis(t, item)} · {claim.Statement}" : ScoreText.Basis(t, item);
            yield return Line(t, scheme.Section(item.Item.Section)?.Name(t.IsChinese) ?? item.Item.Section, item.Item.Name(t.IsChinese), ScoreText.Source(t, item),
                item.Proposed, item.Adjustment?.Points, item.Adjustment?.Reason, item.Points, item.Item.Max, note);
        }

        foreach (var bonus in card.Bonus)
        {
            yield return Line(t, t["Assessment.Sheet.Bonus"], bonus.Entry.Reason, t["Assessment.Card.BonusClaimed"],
                bonus.Entry.Points, bonus.Adjustment?.Points, bonus.Adjustment?.Reason, bonus.Points, null, "");
        }

        yield return Line(t, t["Assessment.Sheet.Bonus"], t["Assessment.Sheet.BonusCounted"], "", null, null, null, card.BonusPoints, scheme.BonusCap, ScoreText.Capped(t, card) ?? "");
        yield return Line(t, t["Assessment.Sheet.Total"], "", "", null, null, null, card.Total, null, ScoreText.Total(t, card, scheme));
    }

    private static Dictionary<string, object?> Line(Texts t, string section, string item, string source, decimal? proposed, decimal? adjusted, string? reason,
        decimal points, decimal? max, string note) => new()
        {
            [t["Assessment.Sheet.Section"]] = section,
            [t["Assessment.Sheet.Item"]] = item,
            [t["Assessment.Sheet.Source"]] = source,
            [t["Assessment.Sheet.Proposed"]] = proposed,
            [t["Assessment.Sheet.Adjusted"]] = adjusted,
            [t["Assessment.Sheet.Reason"]] = reason ?? "",
            [t["Assessment.Sheet.Points"]] = points,
            [t["Assessment.Sheet.Max"]] = max,
            [t["Assessment.Sheet.Note"]] = note,
        };
}
