using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Member = LiaisonBot.App.Member;

namespace LiaisonBot.Features.DutyFile.Exports;

/// <summary>
/// The year's points as a workbook: a summary sheet with every member, then one sheet per group with every line of every
/// member's points (base, each record, task, meeting and deduction, the total), so each figure of the summary is explained beside it.
/// </summary>
public static class PointsWorkbook
{
    public static byte[] Build(Texts t, int year, IReadOnlyList<DutyPointsEntity> rows, Committee roster)
    {
        var order = roster.Groups.Select((g, i) => (g.Code, i)).ToDictionary(g => g.Code, g => g.i);
        var members = rows
            .Select(r => (Row: r, Member: roster.ByCode(r.MemberCode), Group: roster.Group(r.GroupCode)))
            .Where(x => x.Member is not null && x.Group is not null && x.Member.GroupCode == x.Row.GroupCode)
            .OrderBy(x => order[x.Group!.Code]).ThenByDescending(x => x.Row.Total).ThenBy(x => x.Member!.Code, StringComparer.Ordinal)
            .ToList();
        var sheets = new Dictionary<string, object>
        {
            [SheetNames.Unique(t.Format("Points.Export.Summary", year), [])] = members.Select(x => Summary(t, x.Row, x.Member!, x.Group!)).ToList(),
        };
        foreach (var group in members.GroupBy(x => x.Group!))
        {
            sheets[SheetNames.Unique(group.Key.Name, sheets.Keys)] = group.SelectMany(x => Lines(t, x.Row.Read(), x.Member!)).ToList();
        }

        using var file = new MemoryStream();
        MiniExcel.SaveAs(file, sheets, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true });
        return file.ToArray();
    }

    private static Dictionary<string, object?> Summary(Texts t, DutyPointsEntity row, Member member, Group group)
    {
        var points = row.Read();
        return new()
        {
            [t["Points.Export.Group"]] = group.Name,
            [t["Points.Export.Member"]] = member.Name,
            [t["Points.Export.Code"]] = member.Code,
            [t["Points.Total"]] = points.Total,
            [t["Points.Export.Provisional"]] = points.Provisional,
            [t["Points.Grade"]] = points.Grade?.Name(t.IsChinese) ?? "",
            [t["Points.Minimums"]] = $"{points.Minimums.Count(m => m.Met)}/{points.Minimums.Count}",
            [t["Points.Export.Waiting"]] = row.Waiting,
        };
    }

    private static IEnumerable<Dictionary<string, object?>> Lines(Texts t, MemberPoints points, Member member)
    {
        yield return Line(t, member, "", t["Points.Rules.Base"], "", "", null, points.Base, "");
        if (points.LinesLeftOut > 0)
        {
            yield return Line(t, member, "", "", "", t.Plural("Points.LinesLeftOut", points.LinesLeftOut), null, 0, "");
        }

        foreach (var line in points.Lines.OrderBy(l => l.Date).ThenBy(l => l.Source))
        {
            yield return Line(t, member, WorkCalendar.Iso(line.Date), t[$"Points.Export.Source.{line.Source}"], line.Kind?.Name(t) ?? line.Meeting?.Name(t) ?? "",
                line.Title, line.Rule, line.Awarded, Note(t, line));
        }

        yield return Line(t, member, "", t["Points.Export.Total"], "", "", null, points.Total,
            points.Provisional != 0 ? t.Format("Points.ProvisionalNote", RulesCard.Number(points.Provisional)) : "");
    }

    private static Dictionary<string, object?> Line(Texts t, Member member, string date, string source, string kind, string record,
        decimal? rule, decimal points, string note) => new()
        {
            [t["Points.Export.Member"]] = member.Name,
            [t["Points.Export.Date"]] = date,
            [t["Points.Export.Source"]] = source,
            [t["Points.Export.Kind"]] = kind,
            [t["Points.Export.Record"]] = record,
            [t["Points.Export.Rule"]] = rule,
            [t["Points.Total"]] = points,
            [t["Points.Export.Note"]] = note,
        };

    private static string Note(Texts t, PointsLine line) =>
        line.Duplicate || line.Provisional || line.Capped != LineCap.None || (line.Rule == 0 && line.Source != PointsSource.Deduction)
            ? PointsParts.Earned(t, line)
            : "";
}
