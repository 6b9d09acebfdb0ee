using LiaisonBot.Features.Plans.Publishing;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>
/// One of the two tables of a plan file: its sheet (the <see cref="SheetError.Sheet"/> value and the English sheet
/// name), its Chinese sheet name and its columns.
/// </summary>
internal sealed record PlanTable(string Sheet, string Label, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<SheetColumn> Optional)
{
    public bool Matches(string sheetName) =>
        SheetColumn.SameName(sheetName, Sheet) || SheetColumn.SameName(sheetName, Label);

    public IEnumerable<SheetColumn> Required => Columns.Except(Optional);
}

internal static class PlanFileColumns
{
    public static readonly SheetColumn Year = new("year", "年度");
    public static readonly SheetColumn Group = new("group", "联络组");
    public static readonly SheetColumn Goals = new("goals", "工作目标");
    public static readonly SheetColumn Learning = new("learning", "学习内容");
    public static readonly SheetColumn Methods = new("methods", "活动方式");
    public static readonly SheetColumn Requirements = new("requirements", "工作要求");
    public static readonly SheetColumn No = new("no", "编号");
    public static readonly SheetColumn Title = new("title", "任务");
    public static readonly SheetColumn Description = new("description", "说明");
    public static readonly SheetColumn Outcome = new("outcome", "预期成果");
    public static readonly SheetColumn Due = new("due", "完成时限");
    public static readonly SheetColumn Owners = new("owners", "责任人");
    public static readonly SheetColumn PlanItem = new("plan_item", "对应计划事项");

    // Every column is required but the plan item: a misspelt header of an optional column would drop its data unnoticed.
    public static readonly PlanTable Plans = new("plans", "计划", [Year, Group, Goals, Learning, Methods, Requirements], []);
    public static readonly PlanTable Tasks =
        new("tasks", "任务", [Year, Group, No, Title, Description, Outcome, Due, Owners, PlanItem], [PlanItem]);

    public static readonly IReadOnlyList<PlanTable> Tables = [Plans, Tasks];

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
}
