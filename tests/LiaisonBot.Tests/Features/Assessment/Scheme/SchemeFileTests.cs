using LiaisonBot.App;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Features.DutyFile.Points;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Scheme;

public sealed class SchemeFileTests
{
    [Fact]
    public void CommittedTemplate_IsWhatTheGeneratorWrites_AndReadsAsTheSampleScheme()
    {
        var path = RepoTools.PathOf("samples", SchemeTemplate.File);
        if (Environment.GetEnvironmentVariable("LIAISONBOT_WRITE_SAMPLES") == "1")
        {
            File.WriteAllBytes(path, SchemeTemplate.Workbook(SchemeTemplate.Expected));
        }

        var read = SchemeFileReader.Read(File.ReadAllBytes(path), SchemeTemplate.File, SchemeFileLimits.Default, CancellationToken.None);

        Assert.Empty(read.Errors);
        Assert.Equal(Json(SchemeTemplate.Expected), Json(read.Scheme!));
        var scheme = read.Scheme!;
        Assert.Equal((100m, 95m, 100m), (scheme.MaxFor(GroupKind.Township), scheme.MaxFor(GroupKind.Agency), scheme.FullMax));
    }

    [Fact]
    public void CommittedEnglishTemplate_ReadsAsTheSameScheme()
    {
        var path = RepoTools.PathOf("samples", SchemeTemplate.EnglishFile);
        var english = SchemeTemplate.Expected with { Title = SchemeTemplate.EnglishTitle };
        if (Environment.GetEnvironmentVariable("LIAISONBOT_WRITE_SAMPLES") == "1")
        {
            File.WriteAllBytes(path, RulesTemplate.Workbook(SchemeTemplate.EnglishSheets(english)));
        }

        var read = SchemeFileReader.Read(File.ReadAllBytes(path), SchemeTemplate.EnglishFile, SchemeFileLimits.Default, CancellationToken.None);

        Assert.Empty(read.Errors);
        Assert.Equal(Json(english), Json(read.Scheme!));
    }

    [Fact]
    public void EnglishHeaders_AndTheFormulasOwnNames_ReadTheSame()
    {
        var sheets = SchemeTemplate.Sheets(SchemeTemplate.Expected);
        sheets["items"] = RuleFileTests.Replace(sheets["考核项目"], ("分值", "max"), ("计算", "Computed"), ("计划按时报送", "PlanFiledBy"), ("出席率", "attendance"),
            ("全部", ""), ("乡镇", "Township"), ("2026-03-31", "2026年3月31日"));
        sheets.Remove("考核项目");

        var read = Read(sheets);

        Assert.Empty(read.Errors);
        Assert.Equal(Json(SchemeTemplate.Expected), Json(read.Scheme!));
    }

    [Theory]
    [InlineData("基本设置", "2026", "明年", "基本设置表第 2 行：年度应写作 2027 这样的四位数。")]
    [InlineData("基本设置", "2026-12-31", "2027-01-31", null)]
    [InlineData("基本设置", "2026-12-31", "年底", "基本设置表第 4 行：“自评截止”应为日期（如 2026-12-31），而不是“年底”。")]
    [InlineData("基本设置", "2026-12-31", "2027-02-01", "基本设置表第 4 行：“自评截止”应在 2026 年内（最迟 2027 年 1 月）。")]
    [InlineData("基本设置", "10", "-1", "基本设置表第 5 行：“加分上限”不能为负数。")]
    [InlineData("基本设置", "是", "也许", "基本设置表第 6 行：“缺项折算”应填“是”或“否”。")]
    [InlineData("基本设置", "3", "0", "基本设置表第 7 行：“表彰名额”应为不小于 1 的整数。")]
    [InlineData("基本设置", "2026年度联络组考核", "2026年度联络组考核（经主席会议研究通过，报县委同意后印发各联络组，请认真组织实施并按时报送自评材料和相关佐证，逾期未报送的联络组视为放弃自评，由办公室按掌握的情况评定）", "基本设置表第 3 行：“名称”应为 1 至 80 个字。")]
    [InlineData("基本设置", "名称", "标题", "基本设置表第 3 行：“标题”不是设置项。设置项有：年度、名称、自评截止、加分上限、缺项折算、表彰名额。")]
    [InlineData("考核板块", "self", "self building", "考核板块表第 2 行：“编号”应为 1 至 20 个字母、数字或下划线，不含空格。 | 考核项目表第 2 行：“self”不是有效的“板块”。可填：delivery、output、committee、county、supervision。 | 考核项目表第 3 行：“self”不是有效的“板块”。可填：delivery、output、committee、county、supervision。 | 考核项目表第 4 行：“self”不是有效的“板块”。可填：delivery、output、committee、county、supervision。 | 考核项目表第 5 行：“self”不是有效的“板块”。可填：delivery、output、committee、county、supervision。")]
    [InlineData("考核板块", "计划落实", "", "考核板块表第 3 行：“名称”应为 1 至 40 个字。")]
    [InlineData("考核项目", "self", "selfish", "考核项目表第 2 行：“selfish”不是有效的“板块”。可填：self、delivery、output、committee、county、supervision。")]
    [InlineData("考核项目", "county", "committee", "考核板块表第 6 行：板块“county”没有考核项目。")]
    [InlineData("考核项目", "annual_report", "PLAN_ON_TIME", "考核项目表第 3 行：“PLAN_ON_TIME”已在第 2 行填写过。")]
    [InlineData("考核项目", "ledger", "台 账", "考核项目表第 5 行：“编号”应为 1 至 20 个字母、数字或下划线，不含空格。")]
    [InlineData("考核项目", "20", "0", "考核项目表第 6 行：“分值”应大于 0。")]
    [InlineData("考核项目", "20", "二十", "考核项目表第 6 行：“分值”应为数字，而不是“二十”。")]
    [InlineData("考核项目", "录入", "打分", "考核项目表第 11 行：“打分”不是有效的“来源”。可填：计算、录入、自评。")]
    [InlineData("考核项目", "计算", "自评", "考核项目表第 2 行：只有来源为“计算”的项目填写“计算公式”，请留空。")]
    [InlineData("考核项目", "任务按时完成率", "", "考核项目表第 6 行：来源为“计算”的项目需要填写“计算公式”。")]
    [InlineData("考核项目", "出席率", "出勤", "考核项目表第 7 行：“出勤”不是有效的“计算公式”。可填：计划按时报送、年度报告按时发布、进展报告篇数、任务按时完成率、人均核实记录、达到基本要求人数比例、出席率、常委会测评均分、群众评议满意率。")]
    [InlineData("考核项目", "2", "", "考核项目表第 4 行：“进展报告篇数”需要填写“目标”。")]
    [InlineData("考核项目", "4", "0", "考核项目表第 8 行：“目标”应大于 0。")]
    [InlineData("考核项目", "2026-03-31", "", "考核项目表第 2 行：“计划按时报送”需要填写“截止日期”。")]
    [InlineData("考核项目", "2026-03-31", "3月底", "考核项目表第 2 行：“截止日期”应为日期（如 2026-12-31），而不是“3月底”。")]
    [InlineData("考核项目", "2026-03-31", "2025-12-31", "考核项目表第 2 行：“截止日期”应在 2026 年内（最迟 2027 年 1 月）。")]
    [InlineData("考核项目", "乡镇", "街道", "考核项目表第 11 行：“街道”不是有效的“适用”。可填：全部、乡镇、部门。")]
    [InlineData("考核项目", "分值", "分数", "考核项目表第 1 行：缺少“分值”列。")]
    [InlineData("等次", "80", "90", "等次表第 3 行：“90”已在第 2 行填写过。")]
    [InlineData("等次", "良好", "", "等次表第 3 行：“等次”应为 1 至 40 个字。")]
    public void ACellWrittenWrong_IsNamedBySheetAndRow_AndGivesNoScheme(string sheet, string cell, string written, string? shown)
    {
        var sheets = SchemeTemplate.Sheets(SchemeTemplate.Expected);
        sheets[sheet] = RuleFileTests.Replace(sheets[sheet], (cell, written));

        var read = Read(sheets);

        if (shown is null)
        {
            Assert.Empty(read.Errors);
            return;
        }

        Assert.Null(read.Scheme);
        Assert.Equal(shown, string.Join(" | ", read.Errors.Select(e => e.Line(Texts.Chinese, "Assessment.File.Sheet"))));
    }

    [Fact]
    public void ATargetOrDateAFormulaDoesNotUse_IsRefused_AsIsAMissingSetting()
    {
        var sheets = SchemeTemplate.Sheets(SchemeTemplate.Expected with
        {
            Items = [.. SchemeTemplate.Expected.Items.Select(i => i.Code == "tasks" ? i with { Target = 5 } : i.Code == "ledger" ? i with { By = new(2026, 6, 30) } : i)],
        });
        sheets["基本设置"] = ((List<Dictionary<string, object?>>)sheets["基本设置"]).Where(row => (string?)row["c0"] != "自评截止").ToList();

        Assert.Equal(
        [
            "Sheet “settings”: The setting “deadline” is missing.",
            "Sheet “items”, row 5: This item does not use “by”: leave it empty.",
            "Sheet “items”, row 6: This item does not use “target”: leave it empty.",
        ], Lines(Read(sheets), Texts.English));
    }

    [Fact]
    public void AKindOfGroupNoItemAppliesTo_IsRefused()
    {
        var agencies = SchemeTemplate.Expected with { Items = [.. SchemeTemplate.Expected.Items.Select(i => i with { Scope = ItemScope.Agency })] };

        Assert.Equal(["考核项目表：没有适用于乡镇联络组的考核项目。"], Lines(Read(SchemeTemplate.Sheets(agencies)), Texts.Chinese));
    }

    [Fact]
    public void NoGrades_NoSections_AndAMissingSheet_AreSaidInEnglish()
    {
        var sheets = SchemeTemplate.EnglishSheets(SchemeTemplate.Expected);
        sheets["grades"] = RulesTemplate.Rows(["grade", "grade_en", "from"], []);
        Assert.Equal(["Sheet “grades”: At least one grade is needed."], Lines(Read(sheets), Texts.English));

        sheets = SchemeTemplate.EnglishSheets(SchemeTemplate.Expected);
        sheets["items"] = RuleFileTests.Replace(sheets["items"], ("computed", "by hand"));
        Assert.Equal(["Sheet “items”, row 2: “by hand” is not a valid “source”. It may be: computed, entered, claimed."], Lines(Read(sheets), Texts.English));

        sheets = SchemeTemplate.EnglishSheets(SchemeTemplate.Expected);
        sheets.Remove("items");
        Assert.Equal(["The workbook has no sheet “items”."], Lines(Read(sheets), Texts.English));
    }

    [Fact]
    public void EveryProblem_IsListed_BySheetAndRow_NotOnlyTheFirst()
    {
        var sheets = SchemeTemplate.Sheets(SchemeTemplate.Expected);
        sheets["基本设置"] = RuleFileTests.Replace(sheets["基本设置"], ("3", "三"));
        sheets["考核项目"] = RuleFileTests.Replace(sheets["考核项目"], ("20", "-20"), ("常委会测评均分", "均分"));
        sheets["等次"] = RuleFileTests.Replace(sheets["等次"], ("60", "八十"));

        var read = Read(sheets);

        Assert.Null(read.Scheme);
        Assert.Equal(["settings 7", "items 6", "items 10", "grades 4"], read.Errors.Select(e => $"{e.Sheet} {e.Row}"));
    }

    [Fact]
    public void NotAWorkbook_OrEmpty_OrDamaged_IsRefusedWhole()
    {
        static string Refusal(byte[] bytes) =>
            Assert.Single(SchemeFileReader.Read(bytes, "方案.xlsx", SchemeFileLimits.Default, CancellationToken.None).Errors).Line(Texts.Chinese, "Assessment.File.Sheet");

        Assert.Equal("“方案.xlsx”不是 .xlsx 工作簿。请填写考核方案模板后上传。", Refusal("年度,2026"u8.ToArray()));
        Assert.Equal("文件是空的。", Refusal([]));
        Assert.Contains("无法读取", Refusal([.. "PK\u0003\u0004"u8, 1, 2, 3]));
    }

    [Fact]
    public void TheSchemeThePointsRulesAndAPlanFile_AreEachClaimedOnlyByTheirOwnImport()
    {
        var scheme = SchemeTemplate.Workbook(SchemeTemplate.Expected);
        var english = File.ReadAllBytes(RepoTools.PathOf("samples", SchemeTemplate.EnglishFile));
        var rules = RulesTemplate.Workbook(RulesTemplate.Expected);
        var plans = File.ReadAllBytes(RepoTools.PathOf("samples", "plans-2027.xlsx"));

        Assert.Equal([true, true, false, false], new[] { scheme, english, rules, plans }.Select(b => SchemeFileReader.IsSchemeWorkbook(b, SchemeFileLimits.Default)));
        Assert.Equal([false, false, true, false], new[] { scheme, english, rules, plans }.Select(b => RuleFileReader.IsRulesWorkbook(b, RuleFileLimits.Default)));
        Assert.False(SchemeFileReader.IsSchemeWorkbook("年度,2026"u8.ToArray(), SchemeFileLimits.Default));
    }

    private static SchemeFileRead Read(Dictionary<string, object> sheets) =>
        SchemeFileReader.Read(RulesTemplate.Workbook(sheets), "scheme.xlsx", SchemeFileLimits.Default, CancellationToken.None);

    private static IEnumerable<string> Lines(SchemeFileRead read, Texts t) => read.Errors.Select(e => e.Line(t, "Assessment.File.Sheet"));

    private static string Json(AssessmentScheme scheme) => AssessmentJson.Write(scheme);
}
