using System.Text;
using LiaisonBot.App;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Features.Plans.Publishing;
using LiaisonBot.Tests.Infrastructure;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Column = LiaisonBot.Features.Plans.Import.PlanFileColumns;
using Member = LiaisonBot.App.Member;

namespace LiaisonBot.Tests.Features.Plans.Import;

/// <summary>
/// The template the secretariat fills in, samples/plans-2027.xlsx, and its task table as CSV, samples/plan-tasks-2027.csv:
/// a 2027 plan for every group of the sample roster, made from <see cref="Groups"/>. The tests check that the committed
/// files hold exactly this; run them with LIAISONBOT_WRITE_SAMPLES=1 to write the files again after a change here.
/// </summary>
public static partial class PlanTemplate
{
    public const string WorkbookFile = "plans-2027.xlsx";
    public const string CsvFile = "plan-tasks-2027.csv";
    private const int Year = 2027;

    private static readonly Committee Roster = SampleRoster.Roster;

    private static readonly Dictionary<string, double> Widths = new()
    {
        ["年度"] = 8,
        ["联络组"] = 22,
        ["工作目标"] = 50,
        ["学习内容"] = 50,
        ["活动方式"] = 50,
        ["工作要求"] = 50,
        ["编号"] = 8,
        ["任务"] = 32,
        ["说明"] = 50,
        ["预期成果"] = 26,
        ["完成时限"] = 13,
        ["责任人"] = 18,
        ["对应计划事项"] = 14,
        ["工作表"] = 10,
        ["列"] = 14,
        ["必填"] = 8,
        ["怎么填"] = 80,
    };

    public static PlanWorkbook Expected => new(Year, [.. Rows().Select(r => r.Plan)], [.. Rows().SelectMany(r => r.Tasks).Select(t => t.Draft)]);

    public static void Write(string folder)
    {
        using (var file = File.Create(Path.Combine(folder, WorkbookFile)))
        {
            var sheets = new Dictionary<string, object>
            {
                [Column.Plans.Label] = Rows().Select(r => PlanCells(r.Plan)).ToList(),
                [Column.Tasks.Label] = TaskCells().ToList(),
                ["填写说明"] = Instructions(),
            };
            var configuration = new OpenXmlConfiguration
            {
                StyleOptions = new OpenXmlStyleOptions { WrapCellContents = true, VerticalAlignment = VerticalCellAlignment.Top },
                DynamicColumns = [.. Widths.Select(w => new DynamicExcelColumn(w.Key) { Width = w.Value })],
                FreezeRowCount = 1,
            };
            MiniExcel.SaveAs(file, sheets, excelType: ExcelType.XLSX, configuration: configuration);
        }

        File.WriteAllText(Path.Combine(folder, CsvFile), Csv(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    /// <summary>The task table as Excel saves it to "CSV UTF-8": dates as text, CRLF line ends.</summary>
    public static string Csv() =>
        PlanFiles.Csv(PlanFiles.TasksHeader, TaskCells().Select(row => row.Values.Select(v => v is DateTime d ? $"{d:yyyy-MM-dd}" : v).ToArray()));

    private static IEnumerable<(PlanDraft Plan, List<(TaskDraft Draft, IReadOnlyList<Member> Owners)> Tasks)> Rows() =>
        Groups.Select((focus, i) => (Plan(focus, i), Tasks(focus, i)));

    private static PlanDraft Plan(Focus f, int i)
    {
        var group = Roster.Group(f.Code)!;
        var township = group.Kind == GroupKind.Township;
        var place = group.Name.Replace("联络组", "");
        var goals = township ? $"立足{place}实际，" : $"发挥{place}委员专业优势，";
        goals += $"围绕县委、县政府中心工作，聚焦{f.Theme}，组织委员开展调研、视察和协商议政，全年形成调研报告 1 篇、集体提案 1 件以上，" +
            "报送社情民意信息不少于 4 条，每位委员参加小组活动不少于 6 次。";
        List<string> learning = ["学习习近平新时代中国特色社会主义思想和关于加强和改进人民政协工作的重要思想", "学习《中国人民政治协商会议章程》和县政协委员履职有关规定", f.Study];
        if (i % 2 == 1)
        {
            learning.Add("学习县委全会和县“两会”精神");
        }

        List<string> methods = [$"专题调研：围绕{f.Research}，深入{f.Places}开展调研", $"集中视察：视察{f.Inspection}", $"协商座谈：就{f.Consultation}与有关部门开展协商座谈"];
        if (i % 2 == 0)
        {
            methods.Add(township ? "联系群众：每季度开展一次委员进村入户、接待群众活动" : "界别活动：组织界别委员联系服务群众，收集社情民意");
        }

        var duty = township ? "每位委员联系 5 户以上群众，及时反映群众诉求" : "结合本职工作和界别特点建言献策，每人全年至少提交 1 件提案或社情民意信息";
        var requirements = $"组长每季度至少召集一次小组活动，委员全年参加小组活动不少于 6 次，因故不能参加的提前向组长请假；{duty}；" +
            "活动结束后 3 天内通过 LiaisonBot 报送履职情况，年底前形成小组年度工作总结。";
        return new PlanDraft(Year, f.Code, goals, learning, methods, requirements);
    }

    private static List<(TaskDraft Draft, IReadOnlyList<Member> Owners)> Tasks(Focus f, int i)
    {
        var leader = Roster.LeaderOf(f.Code)!;
        var others = Roster.MembersOf(f.Code).Where(m => m != leader).ToList();
        var contact = i % 2 == 0 ? Plan(f, i).Methods[3].Split('：')[0] : null;
        var tasks = new (string Title, string Description, string Outcome, DateOnly Due, Member[] Owners, string? PlanItem)[]
        {
            ($"{f.Research}专题调研", $"深入{f.Places}走访座谈，了解{f.Research}情况，找准突出问题，提出有针对性的对策建议。",
                "调研报告 1 篇，报县政协办公室", MonthEnd(6 + i % 2), [leader, others[0]], "专题调研"),
            ($"视察{f.Inspection}", $"组织全组委员实地视察{f.Inspection}，听取有关部门情况通报，提出意见建议。",
                "视察意见 1 份", MonthEnd(4 + i % 2), [], "集中视察"),
            ($"围绕{f.Proposal}提交集体提案", "在调研视察基础上撰写提案，做到问题找得准、建议提得实、措施可操作。",
                "集体提案 1 件", MonthEnd(9), [others[1]], null),
            ($"{f.Consultation}协商座谈", $"邀请有关部门负责人和群众代表，就{f.Consultation}开展协商座谈，形成协商意见。",
                "协商意见 1 份，报县政协办公室", MonthEnd(10), [leader], "协商座谈"),
            ("按季度报送社情民意信息", "委员结合联系群众了解到的情况，每季度至少报送 1 条社情民意信息。",
                "社情民意信息 4 条以上", new(Year, 12, 20), [], contact),
        };
        return [.. tasks.Take(3 + i % 3).Select((t, n) => (
            new TaskDraft(Year, f.Code, $"{n + 1}", t.Title, t.Description, t.Outcome, t.Due, [.. t.Owners.Select(o => o.Code)], t.PlanItem),
            (IReadOnlyList<Member>)t.Owners))];
    }

    private static DateOnly MonthEnd(int month) => new(Year, month, DateTime.DaysInMonth(Year, month));

    private static Dictionary<string, object?> PlanCells(PlanDraft p) => new()
    {
        ["年度"] = p.Year,
        ["联络组"] = Roster.Group(p.GroupCode)!.Name,
        ["工作目标"] = p.Goals,
        ["学习内容"] = string.Join("\n", p.Learning),
        ["活动方式"] = string.Join("\n", p.Methods),
        ["工作要求"] = p.Requirements,
    };

    private static IEnumerable<Dictionary<string, object?>> TaskCells() =>
        Rows().SelectMany(r => r.Tasks).Select(t => new Dictionary<string, object?>
        {
            ["年度"] = t.Draft.Year,
            ["联络组"] = Roster.Group(t.Draft.GroupCode)!.Name,
            ["编号"] = int.Parse(t.Draft.No),
            ["任务"] = t.Draft.Title,
            ["说明"] = t.Draft.Description,
            ["预期成果"] = t.Draft.Outcome,
            ["完成时限"] = t.Draft.Due.ToDateTime(TimeOnly.MinValue),
            ["责任人"] = t.Owners.Count == 0 ? "全组" : string.Join("、", t.Owners.Select(o => o.Name)),
            ["对应计划事项"] = t.Draft.PlanItem,
        });
}
