using LiaisonBot.App;
using LiaisonBot.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace LiaisonBot.Features.MassSupervision.Results;

/// <summary>
/// A closed campaign's results as a workbook: one row per group question and member question with every answer's count
/// and share (the paper totals in rows of their own), and the suggestions on a sheet of their own (text only: no code, no time).
/// </summary>
public static class ResultsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(Texts t, Committee roster, CampaignResult r)
    {
        var k = r.Campaign.MinBallots;
        var rows = new List<Dictionary<string, object?>>();
        foreach (var g in r.Groups)
        {
            var group = roster.Group(g.Group)?.Name ?? g.Group;
            rows.Add(Row(t, group, t["Mass.Export.GroupWork"], g.Issued, g.Returned, g.GroupAnswers, k));
            rows.AddRange(g.Members.Select(m => Row(t, group, roster.ByCode(m.Key)?.Name ?? m.Key, g.Issued, g.Returned, m.Value, k)));
            if (g.PaperReturned > 0 || g.VoidBatches > 0)
            {
                rows.Add(Row(t, group, t["Mass.Export.Paper"], null, g.PaperReturned, g.PaperAnswers, k));
                rows.AddRange(g.PaperMembers.Select(m => Row(t, group, t.Format("Mass.Export.PaperMember", roster.ByCode(m.Key)?.Name ?? m.Key), null, g.PaperReturned, m.Value, k)));
            }
        }

        var suggestions = r.Groups.SelectMany(g => g.Suggestions.Select(s => new Dictionary<string, object?>
        {
            [t["Mass.Export.Group"]] = roster.Group(g.Group)?.Name ?? g.Group,
            [t["Mass.Export.Suggestion"]] = s,
        })).ToList();
        var sheets = new Dictionary<string, object>
        {
            [t["Mass.Export.ResultsSheet"]] = rows,
            [t["Mass.Export.SuggestionsSheet"]] = suggestions.Count > 0 ? suggestions : [new() { [t["Mass.Export.Group"]] = "", [t["Mass.Export.Suggestion"]] = "" }],
        };
        using var file = new MemoryStream();
        MiniExcel.SaveAs(file, sheets, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true });
        return file.ToArray();
    }

    private static Dictionary<string, object?> Row(Texts t, string group, string question, int? issued, int returned, AnswerCounts counts, int k)
    {
        var shown = returned >= k && counts.Answered >= k;
        var row = new Dictionary<string, object?>
        {
            [t["Mass.Export.Group"]] = group,
            [t["Mass.Export.Question"]] = question,
            [t["Mass.Export.Issued"]] = issued,
            [t["Mass.Export.Returned"]] = returned,
        };
        foreach (var a in Answers.All)
        {
            row[t[$"Mass.Answer.{a}"]] = shown ? counts[a] : null;
            row[t.Format("Mass.Export.Share", t[$"Mass.Answer.{a}"])] = shown ? Math.Round(counts.Share(a), 4) : null;
        }

        row[t["Mass.Export.Satisfaction"]] = shown && counts.SatisfactionShare is { } s ? Math.Round(s, 4) : null;
        row[t["Mass.Export.Note"]] = shown ? "" : t.Format("Mass.Results.TooFew", k);
        return row;
    }
}
