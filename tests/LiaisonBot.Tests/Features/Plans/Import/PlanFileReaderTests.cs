using System.Text;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Features.Plans.Publishing;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Infrastructure;
using static LiaisonBot.Tests.Features.Plans.Import.PlanFiles;

namespace LiaisonBot.Tests.Features.Plans.Import;

public sealed class PlanFileReaderTests
{
    [Fact]
    public async Task Template_ReadsWithoutErrors_AndHoldsAPlanAndTasksForEveryGroup()
    {
        var read = await ReadAsync(await File.ReadAllBytesAsync(RepoTools.PathOf("samples", PlanTemplate.WorkbookFile)));

        Assert.True(read.Succeeded, string.Join("\n", Lines(read, Texts.Chinese)));
        var workbook = read.Workbook!;
        Assert.Equal(2027, workbook.Year);
        Assert.Equal(SampleRoster.Roster.Groups.Select(g => g.Code).Order(), workbook.Plans.Select(p => p.GroupCode).Order());
        Assert.All(workbook.Plans, p => Assert.InRange(p.Learning.Count, 3, 4));
        Assert.All(workbook.Plans, p => Assert.InRange(p.Methods.Count, 3, 4));
        Assert.All(workbook.Tasks.GroupBy(t => t.GroupCode), g => Assert.InRange(g.Count(), 3, 5));
        Assert.Equal(24, workbook.GroupCodes.Count());
        Assert.Contains(workbook.Tasks, t => t.Owners.Count == 0);
        Assert.Contains(workbook.Tasks, t => t.Owners.Count > 0);
        Assert.All(workbook.Tasks, t => Assert.All(t.Owners, o => Assert.Equal(t.GroupCode, SampleRoster.Roster.ByCode(o)!.GroupCode)));
    }

    [Fact]
    public async Task TemplateCsv_HoldsTheSameTasksAsTheWorkbook()
    {
        var workbook = await ReadAsync(await File.ReadAllBytesAsync(RepoTools.PathOf("samples", PlanTemplate.WorkbookFile)));
        var csv = await ReadAsync(await File.ReadAllBytesAsync(RepoTools.PathOf("samples", PlanTemplate.CsvFile)), "任务.csv");

        Assert.True(csv.Succeeded, string.Join("\n", Lines(csv, Texts.Chinese)));
        Assert.Empty(csv.Workbook!.Plans);
        Assert.Equal(24, csv.Workbook.GroupCodes.Count());
        Assert.Equal(Json(new PlanFileRead(workbook.Workbook! with { Plans = [] }, [])), Json(csv));
    }

    [Fact]
    public async Task ReadingTheSameFileTwice_GivesAnEqualResult()
    {
        var file = await File.ReadAllBytesAsync(RepoTools.PathOf("samples", PlanTemplate.WorkbookFile));

        Assert.Equal(Json(await ReadAsync(file)), Json(await ReadAsync(file)));
    }

    [Fact]
    public async Task Rows_BecomeDrafts_WithListsSplitAndOwnersResolvedToCodes()
    {
        var file = Workbook(
            [Plan(group: "城关镇联络组", learning: "1. 学习政协章程\n2、学习县委全会精神；（3）学习 1.5 万字的调研材料", methods: "专题调研;集中视察\n\n")],
            [Task(owners: "高浩然、m004，彭金凤\n全组"), Task(no: "2", owners: "王秋菊；M005; 陆 玉林", planItem: "专题调研")]);

        var workbook = (await ReadAsync(file)).Workbook!;

        var plan = Assert.Single(workbook.Plans);
        Assert.Equal("T01", plan.GroupCode);
        Assert.Equal(["学习政协章程", "学习县委全会精神", "学习 1.5 万字的调研材料"], plan.Learning);
        Assert.Equal(["专题调研", "集中视察"], plan.Methods);
        Assert.Empty(workbook.Tasks[0].Owners);
        Assert.Equal(["M003", "M005"], workbook.Tasks[1].Owners);
        Assert.Equal("专题调研", workbook.Tasks[1].PlanItem);
        Assert.Null(workbook.Tasks[0].PlanItem);
    }

    [Theory]
    [InlineData("2027-03-31")]
    [InlineData("2027/3/31")]
    [InlineData("2027年3月31日")]
    [InlineData("2027.3.31")]
    [InlineData("2027-03-31 00:00:00")]
    [InlineData("20270331")]
    [InlineData("２０２７／３／３１")]
    [InlineData(46477.0)]
    [InlineData(20270331.0)]
    public async Task DueDate_IsReadFromTheWaysOfficesWriteIt(object due)
    {
        var workbook = (await ReadAsync(Workbook(null, [Task(due: due)]))).Workbook!;

        Assert.Equal(new DateOnly(2027, 3, 31), Assert.Single(workbook.Tasks).Due);
    }

    [Theory]
    [InlineData("2027")]
    [InlineData("2027年")]
    [InlineData(" 2027 年度")]
    [InlineData("２０２７")]
    public async Task Year_IsReadFromTheWaysOfficesWriteIt(string year)
    {
        var workbook = (await ReadAsync(Workbook([Plan(year: year)], [Task(year: year)]))).Workbook!;

        Assert.Equal(2027, workbook.Year);
    }

    [Fact]
    public async Task DueDate_CanBeARealDateCell()
    {
        var workbook = (await ReadAsync(Workbook(null, [Task(due: new DateTime(2027, 3, 31))]))).Workbook!;

        Assert.Equal(new DateOnly(2027, 3, 31), Assert.Single(workbook.Tasks).Due);
    }

    [Fact]
    public async Task Headers_MatchInEitherLanguage_InAnyOrderAndCase_AndExtraColumnsAndEmptyRowsAreIgnored()
    {
        var file = Sheets(new Dictionary<string, IEnumerable<object?[]>>
        {
            ["填写说明"] = [["这张表不读"]],
            [" Tasks "] =
            [
                ["备注", "Due", "TITLE", " no ", "Group", "year", "Description", "outcome", "OWNERS"],
                [null, null, null, null, null, null, null, null, null],
                ["随便写", "2027-05-31", "视察背街小巷改造", "1", "T01", "2027年", "", "", ""],
            ],
        });

        var read = await ReadAsync(file);

        var task = Assert.Single(read.Workbook!.Tasks);
        Assert.Equal(("1", "视察背街小巷改造", 2027), (task.No, task.Title, task.Year));
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-8")]
    [InlineData("gb18030")]
    public async Task Csv_IsReadInTheEncodingsExcelSavesIn(string encoding)
    {
        var text = Csv(TasksHeader, [Task(title: "“枫桥经验”基层实践调研", owners: "高浩然、孙淑珍")]);
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Utf8(text)],
            "utf-8" => Utf8(text),
            _ => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text),
        };

        var read = await ReadAsync(bytes, "任务.csv");

        var task = Assert.Single(read.Workbook!.Tasks);
        Assert.Equal("“枫桥经验”基层实践调研", task.Title);
        Assert.Equal(["M001", "M004"], task.Owners);
    }

    [Fact]
    public async Task Csv_OfPlans_IsToldByItsHeader()
    {
        var read = await ReadAsync(Utf8(Csv(PlansHeader, [Plan(), Plan(group: "A01")])), "plans.csv");

        Assert.Equal(["T01", "A01"], read.Workbook!.Plans.Select(p => p.GroupCode));
        Assert.Empty(read.Workbook.Tasks);
    }
}
