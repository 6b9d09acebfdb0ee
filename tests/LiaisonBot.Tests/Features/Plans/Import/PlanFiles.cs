using System.Text;
using System.Text.Json;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;
using LiaisonBot.Tests.Infrastructure;
using MiniExcelLibs;

namespace LiaisonBot.Tests.Features.Plans.Import;

/// <summary>Plan files built in code (workbooks through MiniExcel, CSV as text) and read against the sample roster.</summary>
public static class PlanFiles
{
    public static readonly object?[] PlansHeader = ["年度", "联络组", "工作目标", "学习内容", "活动方式", "工作要求"];
    public static readonly object?[] TasksHeader = ["年度", "联络组", "编号", "任务", "说明", "预期成果", "完成时限", "责任人", "对应计划事项"];

    public static object?[] Plan(string group = "T01", string year = "2027", string goals = "完成调研报告 1 篇",
        string learning = "学习政协章程\n学习县委全会精神", string methods = "专题调研；集中视察", string requirements = "每季度活动一次") =>
        [year, group, goals, learning, methods, requirements];

    public static object?[] Task(string no = "1", string group = "T01", string year = "2027", string title = "老旧小区改造专题调研",
        object? due = null, string owners = "全组", string description = "", string outcome = "", string planItem = "") =>
        [year, group, no, title, description, outcome, due ?? "2027-06-30", owners, planItem];

    /// <summary>An .xlsx with the 计划 and 任务 sheets holding the header and these rows; null leaves a sheet out.</summary>
    public static byte[] Workbook(IEnumerable<object?[]>? plans, IEnumerable<object?[]>? tasks)
    {
        var sheets = new Dictionary<string, IEnumerable<object?[]>>();
        if (plans is not null)
        {
            sheets["计划"] = [PlansHeader, .. plans];
        }

        if (tasks is not null)
        {
            sheets["任务"] = [TasksHeader, .. tasks];
        }

        return Sheets(sheets);
    }

    /// <summary>An .xlsx with exactly these sheets and rows (the first row of each is its header).</summary>
    public static byte[] Sheets(IReadOnlyDictionary<string, IEnumerable<object?[]>> sheets)
    {
        var value = sheets.ToDictionary(s => s.Key, s => (object)Keyed(s.Value));
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, value, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static string Csv(object?[] header, IEnumerable<object?[]> rows) =>
        string.Join("\r\n", new[] { header }.Concat(rows).Select(r => string.Join(",", r.Select(CsvCell)))) + "\r\n";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static Task<PlanFileRead> ReadAsync(byte[] file, string name = "计划.xlsx", PlanFileLimits? limits = null) =>
        PlanFileReader.ReadAsync(new MemoryStream(file), name, SampleRoster.Roster, limits ?? PlanFileLimits.Default,
            CancellationToken.None);

    /// <summary>What the secretariat is shown for each error.</summary>
    public static IReadOnlyList<string> Lines(PlanFileRead read, Texts t) => [.. read.Errors.Select(e => e.Line(t, "Plans.File.Sheet"))];

    /// <summary>Records hold lists, which compare by reference; their JSON compares by content.</summary>
    public static string Json(PlanFileRead read) => JsonSerializer.Serialize(read);

    // MiniExcel takes each row's keys as its columns: give every row the same keys, as many as the widest row.
    private static List<Dictionary<string, object?>> Keyed(IEnumerable<object?[]> rows)
    {
        var list = rows.ToList();
        var width = list.Max(r => r.Length);
        return [.. list.Select(r => Enumerable.Range(0, width).ToDictionary(i => $"C{i}", i => i < r.Length ? r[i] : null))];
    }

    private static string CsvCell(object? cell)
    {
        var text = Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return text.IndexOfAny(['"', ',', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
