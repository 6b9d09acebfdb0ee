using System.Text.Json;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.DutyFile.Points;

public sealed class RuleFileTests
{
    [Fact]
    public void CommittedTemplate_IsWhatTheGeneratorWrites_AndReadsAsTheTypicalRules()
    {
        var path = RepoTools.PathOf("samples", RulesTemplate.File);
        if (Environment.GetEnvironmentVariable("LIAISONBOT_WRITE_SAMPLES") == "1")
        {
            File.WriteAllBytes(path, RulesTemplate.Workbook(RulesTemplate.Expected));
        }

        var read = RuleFileReader.Read(File.ReadAllBytes(path), RulesTemplate.File, RuleFileLimits.Default, CancellationToken.None);

        Assert.Empty(read.Errors);
        Assert.Equal(Json(RulesTemplate.Expected), Json(read.Rules!));
    }

    [Fact]
    public void CommittedEnglishTemplate_ReadsAsTheSameRules()
    {
        var path = RepoTools.PathOf("samples", RulesTemplate.EnglishFile);
        if (Environment.GetEnvironmentVariable("LIAISONBOT_WRITE_SAMPLES") == "1")
        {
            File.WriteAllBytes(path, RulesTemplate.Workbook(RulesTemplate.EnglishSheets(RulesTemplate.Expected)));
        }

        var read = RuleFileReader.Read(File.ReadAllBytes(path), RulesTemplate.EnglishFile, RuleFileLimits.Default, CancellationToken.None);

        Assert.Empty(read.Errors);
        Assert.Equal(Json(RulesTemplate.Expected), Json(read.Rules!));
    }

    [Fact]
    public void EnglishKeys_AndEnglishKindNames_ReadTheSame()
    {
        var sheets = RulesTemplate.Sheets(RulesTemplate.Expected);
        sheets["settings"] = Replace(sheets["基本设置"], ("项目", "item"), ("数值", "value"), ("年度", "year"), ("待核实计入", "count_submitted"));
        sheets.Remove("基本设置");
        sheets["活动积分"] = Replace(sheets["活动积分"], ("调研", "Research"), ("社情民意", "social conditions"));
        sheets["会议出席"] = Replace(sheets["会议出席"], ("全体会议", "Plenary"), ("常委会议", "standing committee meeting"), ("调研视察", "Research"));

        var read = Read(sheets);

        Assert.Empty(read.Errors);
        Assert.Equal(Json(RulesTemplate.Expected), Json(read.Rules!));
    }

    [Theory]
    [InlineData("基本设置", "2027", "２０２７年", null)]
    [InlineData("基本设置", "2027", "明年", "基本设置表第 2 行：年度应写作 2027 这样的四位数。")]
    [InlineData("基本设置", "否", "也许", "基本设置表第 5 行：“待核实计入”应填“是”或“否”。")]
    [InlineData("基本设置", "0", "一百", "基本设置表第 3 行：“基础分”应为数字，而不是“一百”。")]
    [InlineData("活动积分", "调研", "座谈", "活动积分表第 2 行：“座谈”不是活动类型。活动类型有：调研、视察、协商、提案、社情民意、发言、学习、联系企业、联系群众、会议、其他。")]
    [InlineData("活动积分", "视察", "调研", "活动积分表第 3 行：“调研”已在第 2 行填写过。")]
    [InlineData("会议出席", "全体会议", "座谈会", "会议出席表第 2 行：“座谈会”不是会议类型。会议类型有：全体会议、常委会议、协商会、联络组活动、学习、调研视察、其他。")]
    [InlineData("会议出席", "协商会", "全体会议", "会议出席表第 4 行：“全体会议”已在第 2 行填写过。")]
    [InlineData("会议出席", "5", "-5", "会议出席表第 2 行：“出席积分”不能为负数。")]
    [InlineData("会议出席", "15", "-15", "会议出席表第 4 行：“年度上限”不能为负数。")]
    [InlineData("会议出席", "出席积分", "积分", "会议出席表第 1 行：缺少“出席积分”列。")]
    [InlineData("群众评议", "90", "0.95", null)]
    [InlineData("群众评议", "80", "90", "群众评议表第 3 行：“90”已在第 2 行填写过。")]
    [InlineData("群众评议", "90", "120", "群众评议表第 2 行：“满意率不低于”应为 0 至 100 的百分数。")]
    [InlineData("群众评议", "3", "-3", "群众评议表第 3 行：“积分”不能为负数。")]
    [InlineData("扣分", "无故缺席", "迟到", "扣分表第 3 行：“迟到”不是系统记录的扣分事项。扣分事项有：请假缺席、无故缺席。")]
    [InlineData("等次", "良好", "", "等次表第 3 行：“等次”应为 1 至 20 个字。")]
    [InlineData("基本要求", "提案", "全部活动", "基本要求表第 3 行：“全部活动”已在第 2 行填写过。")]
    public void ACellWrittenWrong_IsNamedBySheetAndRow_AndGivesNoRules(string sheet, string cell, string written, string? shown)
    {
        var sheets = RulesTemplate.Sheets(RulesTemplate.Expected);
        sheets[sheet] = Replace(sheets[sheet], (cell, written));

        var read = Read(sheets);

        if (shown is null)
        {
            Assert.Empty(read.Errors);
            return;
        }

        Assert.Null(read.Rules);
        Assert.Equal(shown, Assert.Single(read.Errors).Line(Texts.Chinese, "Points.File.Sheet"));
    }

    [Fact]
    public void ANegativePoint_OrAMissingColumn_OrAMissingSheet_IsSaidInEnglishToo()
    {
        var sheets = RulesTemplate.Sheets(RulesTemplate.Expected);
        sheets["活动积分"] = Replace(sheets["活动积分"], ("5", "-5"));
        Assert.Equal("Sheet “kinds”, row 2: “points” cannot be negative.", Line(Read(sheets)));

        sheets = RulesTemplate.Sheets(RulesTemplate.Expected);
        sheets["等次"] = Replace(sheets["等次"], ("最低分", "分数"));
        Assert.Equal("Sheet “grades”, row 1: The column “from” is missing.", Line(Read(sheets)));

        sheets = RulesTemplate.Sheets(RulesTemplate.Expected);
        sheets.Remove("活动积分");
        Assert.Equal("The workbook has no sheet “kinds”.", Line(Read(sheets)));
    }

    [Fact]
    public void TheAttendanceSheet_IsOptional_AndWrittenWrongIsSaidInEnglish()
    {
        var sheets = RulesTemplate.Sheets(RulesTemplate.Expected);
        sheets.Remove("会议出席");
        var read = Read(sheets);
        Assert.Empty(read.Errors);
        Assert.Equal(Json(RulesTemplate.Expected with { Attendance = [] }), Json(read.Rules!));

        sheets = RulesTemplate.EnglishSheets(RulesTemplate.Expected);
        sheets["attendance"] = Replace(sheets["attendance"], ("Plenary session", "Board meeting"));
        Assert.Equal("Sheet “attendance”, row 2: “Board meeting” is not a meeting kind. The kinds are: Plenary session, Standing Committee meeting, "
            + "Consultation meeting, Liaison group activity, Study session, Research or inspection, Other.", Line(Read(sheets)));

        sheets = RulesTemplate.EnglishSheets(RulesTemplate.Expected);
        sheets["attendance"] = Replace(sheets["attendance"], ("Consultation meeting", "Standing Committee meeting"));
        Assert.Equal("Sheet “attendance”, row 4: “Standing Committee meeting” is already given in row 3.", Line(Read(sheets)));

        sheets = RulesTemplate.EnglishSheets(RulesTemplate.Expected);
        sheets["attendance"] = Replace(sheets["attendance"], ("5", "-5"));
        Assert.Equal("Sheet “attendance”, row 2: “presence_points” cannot be negative.", Line(Read(sheets)));

        sheets = RulesTemplate.EnglishSheets(RulesTemplate.Expected);
        sheets["attendance"] = Replace(sheets["attendance"], ("3", ""));
        Assert.Equal("Sheet “attendance”, row 3: “presence_points” needs a number.", Line(Read(sheets)));

        sheets = RulesTemplate.EnglishSheets(RulesTemplate.Expected);
        sheets["attendance"] = Replace(sheets["attendance"], ("meeting_kind", "kind"));
        Assert.Equal("Sheet “attendance”, row 1: The column “meeting_kind” is missing.", Line(Read(sheets)));
    }

    [Fact]
    public void TheSupervisionSheet_IsOptional_AndWrittenWrongIsSaidInEnglish()
    {
        var sheets = RulesTemplate.Sheets(RulesTemplate.Expected);
        sheets.Remove("群众评议");
        var read = Read(sheets);
        Assert.Empty(read.Errors);
        Assert.Equal(Json(RulesTemplate.Expected with { Supervision = [] }), Json(read.Rules!));

        sheets = RulesTemplate.EnglishSheets(RulesTemplate.Expected);
        sheets["supervision"] = Replace(sheets["supervision"], ("90", "101"));
        Assert.Equal("Sheet “supervision”, row 2: “share_at_least” must be a percentage from 0 to 100.", Line(Read(sheets)));

        sheets = RulesTemplate.EnglishSheets(RulesTemplate.Expected);
        sheets["supervision"] = Replace(sheets["supervision"], ("share_at_least", "share"));
        Assert.Equal("Sheet “supervision”, row 1: The column “share_at_least” is missing.", Line(Read(sheets)));
    }

    [Fact]
    public void EveryProblem_IsListed_NotOnlyTheFirst()
    {
        var sheets = RulesTemplate.Sheets(RulesTemplate.Expected);
        sheets["基本设置"] = Replace(sheets["基本设置"], ("年度积分上限", "上限"));
        sheets["活动积分"] = Replace(sheets["活动积分"], ("协商", "协商会"));
        sheets["基本要求"] = Replace(sheets["基本要求"], ("3", "三"));

        var read = Read(sheets);

        Assert.Null(read.Rules);
        Assert.Equal(["settings 4", "kinds 4", "minimums 2"], read.Errors.Select(e => $"{e.Sheet} {e.Row}"));
    }

    [Fact]
    public void NotAWorkbook_OrTooLarge_OrEmpty_IsRefusedWhole()
    {
        static string Refusal(byte[] bytes) =>
            Assert.Single(RuleFileReader.Read(bytes, "规则.xlsx", RuleFileLimits.Default, CancellationToken.None).Errors).Line(Texts.Chinese, "Points.File.Sheet");

        Assert.Equal("“规则.xlsx”不是 .xlsx 工作簿。请填写积分规则模板后上传。", Refusal("年度,2027"u8.ToArray()));
        Assert.Equal("文件是空的。", Refusal([]));
        Assert.Contains("无法读取", Refusal([.. "PK\u0003\u0004"u8, 1, 2, 3]));
    }

    [Fact]
    public void AWorkbookIsToldApartFromAPlanFile_ByItsKindsSheet()
    {
        Assert.True(RuleFileReader.IsRulesWorkbook(RulesTemplate.Workbook(RulesTemplate.Expected), RuleFileLimits.Default));
        Assert.False(RuleFileReader.IsRulesWorkbook(File.ReadAllBytes(RepoTools.PathOf("samples", "plans-2027.xlsx")), RuleFileLimits.Default));
        Assert.False(RuleFileReader.IsRulesWorkbook("年度,联络组"u8.ToArray(), RuleFileLimits.Default));
    }

    private static RuleFileRead Read(Dictionary<string, object> sheets) =>
        RuleFileReader.Read(RulesTemplate.Workbook(sheets), "rules.xlsx", RuleFileLimits.Default, CancellationToken.None);

    private static string Line(RuleFileRead read) => Assert.Single(read.Errors).Line(Texts.English, "Points.File.Sheet");

    /// <summary>The sheet with the first cell whose text is exactly <c>from</c> written as <c>to</c> instead, for each change.</summary>
    internal static List<Dictionary<string, object?>> Replace(object sheet, params (string From, string To)[] changes)
    {
        var rows = ((List<Dictionary<string, object?>>)sheet).Select(row => new Dictionary<string, object?>(row)).ToList();
        foreach (var (from, to) in changes)
        {
            var (row, key) = rows.SelectMany(r => r.Keys.Select(k => (r, k)))
                .First(c => Convert.ToString(c.r[c.k], System.Globalization.CultureInfo.InvariantCulture) == from);
            row[key] = to;
        }

        return rows;
    }

    private static string Json(PointsRules rules) => JsonSerializer.Serialize(rules);
}
