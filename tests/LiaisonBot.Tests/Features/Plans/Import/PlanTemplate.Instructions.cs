using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Features.Plans.Publishing;
using Column = LiaisonBot.Features.Plans.Import.PlanFileColumns;

namespace LiaisonBot.Tests.Features.Plans.Import;

public static partial class PlanTemplate
{
    /// <summary>The template's third sheet, which the reader does not read: how to fill in each column.</summary>
    private static List<Dictionary<string, object?>> Instructions()
    {
        var limits = PlanFileLimits.Default;
        var items = $"每项一行（单元格内按 Alt+Enter 换行），或用分号隔开；最多 {limits.MaxItems} 项，每项不超过 {limits.MaxItem} 字。";
        var (plans, tasks) = (Column.Plans.Label, Column.Tasks.Label);
        (string Sheet, string Column, bool Required, string How)[] rows =
        [
            ("全部", "", false, "可以只上传“计划”或“任务”其中一张表，也可以只含部分联络组；文件中没有的联络组保持不变。请勿修改表头，本说明表不导入。"),
            (plans, Column.Year.Label, true, "计划所属年度，如 2027。一个文件只填一个年度。"),
            (plans, Column.Group.Label, true, "组编号（如 T01）或完整组名（如 城关镇联络组），每个联络组一行。"),
            (plans, Column.Goals.Label, true, $"全年工作目标，不超过 {limits.MaxGoals} 字。"),
            (plans, Column.Learning.Label, false, items),
            (plans, Column.Methods.Label, false, items),
            (plans, Column.Requirements.Label, false, $"不超过 {limits.MaxRequirements} 字。"),
            (tasks, Column.Year.Label, true, "与计划表相同的年度。"),
            (tasks, Column.Group.Label, true, "组编号或完整组名，同计划表。每行都要填写，请勿合并单元格。"),
            (tasks, Column.No.Label, true, "任务在本组内的编号，如 1、2、3。修改后重新导入时按编号更新任务并保留进度，请勿改动已有编号。"),
            (tasks, Column.Title.Label, true, $"任务名称，不超过 {limits.MaxTitle} 字。"),
            (tasks, Column.Description.Label, false, $"任务的具体内容，不超过 {limits.MaxDescription} 字。"),
            (tasks, Column.Outcome.Label, false, $"如“调研报告 1 篇”，不超过 {limits.MaxOutcome} 字。"),
            (tasks, Column.Due.Label, true, "日期，如 2027-06-30，须在计划年度内。"),
            (tasks, Column.Owners.Label, false, "本组委员的姓名或委员编号，多人用顿号分隔；全组承担的填“全组”或留空。"),
            (tasks, Column.PlanItem.Label, false, "任务服务的计划事项，如“专题调研”，可不填。"),
        ];
        return [.. rows.Select(r => new Dictionary<string, object?>
        {
            ["工作表"] = r.Sheet, ["列"] = r.Column, ["必填"] = r.Column.Length == 0 ? "" : r.Required ? "是" : "否", ["怎么填"] = r.How,
        })];
    }
}
