using LiaisonBot.App;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;
using static LiaisonBot.Tests.Features.Plans.Import.PlanFiles;

namespace LiaisonBot.Tests.Features.Plans.Import;

public sealed class PlanFileErrorTests
{
    [Theory]
    [InlineData("plans-missing-column", "plans", 1, "计划表第 1 行：缺少“工作要求”列。")]
    [InlineData("bad-year", "plans", 2, "计划表第 2 行：年度“二〇二七”不是有效年份（请写成 2027 这样）。")]
    [InlineData("missing-year", "plans", 2, "计划表第 2 行：年度不能为空。")]
    [InlineData("year-mismatch", "tasks", 2, "任务表第 2 行：年度 2028 与文件中其他行的 2027 年不一致，一个文件只能导入一个年度。")]
    [InlineData("unknown-group", "plans", 2, "计划表第 2 行：没有联络组“城关镇”，请填写组编号（如 T01）或完整组名。")]
    [InlineData("duplicate-plan", "plans", 3, "计划表第 3 行：城关镇联络组的计划已在第 2 行填写，每个联络组只能有一行计划。")]
    [InlineData("missing-goals", "plans", 2, "计划表第 2 行：工作目标不能为空。")]
    [InlineData("long-goals", "plans", 2, "计划表第 2 行：工作目标超过 1000 个字（现有 1001 个字）。")]
    [InlineData("long-requirements", "plans", 2, "计划表第 2 行：工作要求超过 1000 个字（现有 1001 个字）。")]
    [InlineData("long-item", "plans", 2, "计划表第 2 行：学习内容第 2 项超过 200 个字。")]
    [InlineData("too-many-items", "plans", 2, "计划表第 2 行：活动方式超过 20 项。")]
    [InlineData("tasks-missing-column", "tasks", 1, "任务表第 1 行：缺少“完成时限”列。")]
    [InlineData("duplicate-task", "tasks", 3, "任务表第 3 行：城关镇联络组的任务编号 A1 已在第 2 行使用。")]
    [InlineData("missing-no", "tasks", 2, "任务表第 2 行：编号不能为空。")]
    [InlineData("missing-title", "tasks", 2, "任务表第 2 行：任务不能为空。")]
    [InlineData("long-title", "tasks", 2, "任务表第 2 行：任务超过 100 个字（现有 101 个字）。")]
    [InlineData("long-description", "tasks", 2, "任务表第 2 行：说明超过 1000 个字（现有 1001 个字）。")]
    [InlineData("long-outcome", "tasks", 2, "任务表第 2 行：预期成果超过 300 个字（现有 301 个字）。")]
    [InlineData("bad-due", "tasks", 2, "任务表第 2 行：完成时限“2027-13-01”不是日期（请写成 2027-03-31 这样）。")]
    [InlineData("words-for-due", "tasks", 2, "任务表第 2 行：完成时限“六月底”不是日期（请写成 2027-03-31 这样）。")]
    [InlineData("missing-due", "tasks", 2, "任务表第 2 行：完成时限不能为空。")]
    [InlineData("due-outside-year", "tasks", 2, "任务表第 2 行：完成时限 2028-01-15 不在 2027 年内。")]
    [InlineData("owner-of-other-group", "tasks", 2, "任务表第 2 行：责任人“陆承志”不是城关镇联络组的委员。")]
    [InlineData("owner-code-of-other-group", "tasks", 2, "任务表第 2 行：责任人“M007”不是城关镇联络组的委员。")]
    [InlineData("owner-not-on-roster", "tasks", 2, "任务表第 2 行：责任人“张三”不是城关镇联络组的委员。")]
    public async Task MalformedFile_IsReportedAtItsSheetAndRow_InTheReadersWords_AndGivesNoWorkbook(
        string @case, string sheet, int row, string shown)
    {
        var read = await ReadAsync(Malformed(@case));

        Assert.Null(read.Workbook);
        var error = Assert.Single(read.Errors);
        Assert.Equal((sheet, row), (error.Sheet, error.Row));
        Assert.Equal(shown, error.Line(Texts.Chinese, "Plans.File.Sheet"));
    }

    [Theory]
    [InlineData("tasks-missing-column", "Sheet “tasks”, row 1: The column “due” is missing.")]
    [InlineData("missing-title", "Sheet “tasks”, row 2: “title” is empty.")]
    [InlineData("bad-due", "Sheet “tasks”, row 2: Due date “2027-13-01” is not a date (write it like 2027-03-31).")]
    [InlineData("long-item", "Sheet “plans”, row 2: Item 2 of “learning” is longer than 200 characters.")]
    public async Task ColumnsAndSheets_AreNamedInTheReadersLanguage(string @case, string shown)
    {
        var read = await ReadAsync(Malformed(@case));

        Assert.Equal([shown], Lines(read, Texts.English));
    }

    [Fact]
    public async Task EveryProblem_IsReported_InRowOrder()
    {
        var read = await ReadAsync(Workbook(
            [Plan(group: "T99")],
            [Task(title: ""), Task(no: "2", due: "明年"), Task(no: "3", owners: "张三、李四")]));

        Assert.Equal(
            [("plans", 2), ("tasks", 2), ("tasks", 3), ("tasks", 4), ("tasks", 4)],
            read.Errors.Select(e => (e.Sheet, e.Row)));
    }

    [Fact]
    public async Task ManyProblems_AreCapped_WithACountOfTheRest()
    {
        var rows = Enumerable.Range(1, 60).Select(n => Task(no: $"{n}", due: "2027-02-30"));

        var read = await ReadAsync(Workbook(null, rows));

        Assert.Equal(51, read.Errors.Count);
        Assert.Equal("另有 10 处问题未列出。", Lines(read, Texts.Chinese)[^1]);
    }

    [Fact]
    public async Task NameSharedByTwoMembersOfTheGroup_AsksForTheMemberCode()
    {
        var group = new Group("T01", "城关镇联络组", GroupKind.Township);
        var roster = new Committee([group],
        [
            new Member("M1", "王芳", "T01", Roles.Member | Roles.Leader, "m1@example.cn", null),
            new Member("M2", "王  芳", "T01", Roles.Member, "m2@example.cn", null),
        ]);

        var read = await PlanFileReader.ReadAsync(new MemoryStream(Workbook(null, [Task(owners: "王芳")])), "计划.xlsx", roster,
            PlanFileLimits.Default, CancellationToken.None);

        Assert.Equal(["任务表第 2 行：城关镇联络组有不止一位委员名为“王芳”，请改填委员编号。"], Lines(read, Texts.Chinese));
    }

    [Fact]
    public async Task CsvLineWithAStrayQuote_IsReported()
    {
        var csv = Csv(TasksHeader, [Task()]) + "2027,T01,2,\"视察\"项目,,,2027-05-31,全组,\r\n";

        var read = await ReadAsync(Utf8(csv), "任务.csv");

        Assert.Equal(["任务表第 3 行：这一行不是有效的 CSV（请检查引号）。"], Lines(read, Texts.Chinese));
    }

    private static byte[] Malformed(string @case) => @case switch
    {
        "plans-missing-column" => Sheets(new Dictionary<string, IEnumerable<object?[]>> { ["计划"] = [PlansHeader[..5], Plan()[..5]] }),
        "bad-year" => Workbook([Plan(year: "二〇二七")], null),
        "missing-year" => Workbook([Plan(year: "")], null),
        "year-mismatch" => Workbook([Plan()], [Task(year: "2028", due: "2028-03-01")]),
        "unknown-group" => Workbook([Plan(group: "城关镇")], null),
        "duplicate-plan" => Workbook([Plan(), Plan(group: "城关镇联络组")], null),
        "missing-goals" => Workbook([Plan(goals: "")], null),
        "long-goals" => Workbook([Plan(goals: new string('调', 1001))], null),
        "long-requirements" => Workbook([Plan(requirements: new string('要', 1001))], null),
        "long-item" => Workbook([Plan(learning: "学习政协章程\n" + new string('学', 201))], null),
        "too-many-items" => Workbook([Plan(methods: string.Join("；", Enumerable.Range(1, 21).Select(n => $"方式{n}")))], null),
        "tasks-missing-column" => Sheets(new Dictionary<string, IEnumerable<object?[]>>
        {
            ["任务"] = [TasksHeader.Where(h => (string)h! != "完成时限").ToArray(), Task().Where(c => (string?)c != "2027-06-30").ToArray()],
        }),
        "duplicate-task" => Workbook(null, [Task(no: "a1"), Task(no: "A1", title: "另一个任务")]),
        "missing-no" => Workbook(null, [Task(no: "")]),
        "missing-title" => Workbook(null, [Task(title: "")]),
        "long-title" => Workbook(null, [Task(title: new string('题', 101))]),
        "long-description" => Workbook(null, [Task(description: new string('说', 1001))]),
        "long-outcome" => Workbook(null, [Task(outcome: new string('果', 301))]),
        "bad-due" => Workbook(null, [Task(due: "2027-13-01")]),
        "words-for-due" => Workbook(null, [Task(due: "六月底")]),
        "missing-due" => Workbook(null, [Task(due: "")]),
        "due-outside-year" => Workbook(null, [Task(due: "2028-01-15")]),
        "owner-of-other-group" => Workbook(null, [Task(owners: "陆承志")]),
        "owner-code-of-other-group" => Workbook(null, [Task(owners: "m002、M007")]),
        "owner-not-on-roster" => Workbook(null, [Task(owners: "高浩然、张三")]),
        _ => throw new ArgumentOutOfRangeException(nameof(@case)),
    };
}
