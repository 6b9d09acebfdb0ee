using LiaisonBot.Features.Plans.Publishing;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>
/// A column of a plan file: its English key and its Chinese label, both accepted as its header. It stands as an argument
/// in a <see cref="PlanFileError"/> so the message names it the way the reader wrote it.
/// </summary>
public sealed record PlanColumn(string Key, string Label)
{
    public string Name(Texts t) => t.IsChinese ? Label : Key;

    internal bool Matches(string header) => PlanFileColumns.SameName(header, Key) || PlanFileColumns.SameName(header, Label);
}

/// <summary>
/// One of the two tables of a plan file: its sheet (the <see cref="PlanFileError.Sheet"/> value and the English sheet
/// name), its Chinese sheet name and its columns.
/// </summary>
internal sealed record PlanTable(string Sheet, string Label, IReadOnlyList<PlanColumn> Columns, IReadOnlyList<PlanColumn> Optional)
{
    public bool Matches(string sheetName) =>
        PlanFileColumns.SameName(sheetName, Sheet) || PlanFileColumns.SameName(sheetName, Label);

    public IEnumerable<PlanColumn> Required => Columns.Except(Optional);
}

internal static class PlanFileColumns
{
    public static readonly PlanColumn Year = new("year", "年度");
    public static readonly PlanColumn Group = new("group", "联络组");
    public static readonly PlanColumn Goals = new("goals", "工作目标");
    public static readonly PlanColumn Learning = new("learning", "学习内容");
    public static readonly PlanColumn Methods = new("methods", "活动方式");
    public static readonly PlanColumn Requirements = new("requirements", "工作要求");
    public static readonly PlanColumn No = new("no", "编号");
    public static readonly PlanColumn Title = new("title", "任务");
    public static readonly PlanColumn Description = new("description", "说明");
    public static readonly PlanColumn Outcome = new("outcome", "预期成果");
    public static readonly PlanColumn Due = new("due", "完成时限");
    public static readonly PlanColumn Owners = new("owners", "责任人");
    public static readonly PlanColumn PlanItem = new("plan_item", "对应计划事项");

    // Every column is required but the plan item: a misspelt header of an optional column would drop its data unnoticed.
    public static readonly PlanTable Plans = new("plans", "计划", [Year, Group, Goals, Learning, Methods, Requirements], []);
    public static readonly PlanTable Tasks =
        new("tasks", "任务", [Year, Group, No, Title, Description, Outcome, Due, Owners, PlanItem], [PlanItem]);

    public static readonly IReadOnlyList<PlanTable> Tables = [Plans, Tasks];

    /// <summary>Which column each header cell holds; a column named twice is taken from its first cell.</summary>
    public static Dictionary<PlanColumn, int> Index(PlanTable table, IReadOnlyList<string> header)
    {
        var index = new Dictionary<PlanColumn, int>();
        for (var i = 0; i < header.Count; i++)
        {
            if (table.Columns.FirstOrDefault(c => c.Matches(header[i])) is { } column)
            {
                index.TryAdd(column, i);
            }
        }

        return index;
    }

    /// <summary>
    /// The table a CSV header belongs to: the one with more of its own columns named there (year and group are in both).
    /// </summary>
    public static PlanTable? TableOf(IReadOnlyList<string> header)
    {
        int Own(PlanTable table, PlanTable other) =>
            table.Columns.Except(other.Columns).Count(c => header.Any(c.Matches));

        var plans = Own(Plans, Tasks);
        var tasks = Own(Tasks, Plans);
        return plans == tasks ? null : plans > tasks ? Plans : Tasks;
    }

    /// <summary>Headers and sheet names match whatever their case and spacing, and a BOM Excel left on the first cell.</summary>
    public static bool SameName(string written, string name) =>
        string.Equals(PlanCells.Squeeze(written), name, StringComparison.OrdinalIgnoreCase);
}
