using System.Text;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Features.DutyFile;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Infrastructure;
using MiniExcelLibs;

namespace LiaisonBot.Tests.Features.Assessment.Results;

/// <summary>
/// The workbook read back (a summary sheet, a sheet per group) and the printed scorecard rendered: pdftoppm draws its
/// pages, pdftotext reads its Chinese back. LIAISONBOT_PDF_DIR keeps the PDF and its PNG pages, to look at them.
/// </summary>
public sealed class ResultsFilesTests
{
    private static readonly Texts T = Texts.Chinese;

    [Fact]
    public void Workbook_HasASummarySheet_AndASheetPerGroup()
    {
        var year = ResultsSamples.Results(AssessmentState.Approved);

        using var workbook = new MemoryStream(AssessmentWorkbook.Build(T, year));

        var sheets = MiniExcel.GetSheetNames(workbook);
        Assert.Equal(["2026年度汇总", .. year.Cards.Select(c => c.Group.Name)], sheets);
        var summary = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheets[0]).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(24, summary.Count);
        var chengguan = summary.Single(r => (string?)r["联络组"] == "城关镇联络组");
        var card = year.Of("T01")!;
        Assert.Equal((double)card.Rank!, Convert.ToDouble(chengguan["排名"]));
        Assert.Equal("乡镇", chengguan["类别"]);
        Assert.Equal(20, Convert.ToDouble(chengguan["计划落实"]));
        Assert.Equal(74.2, Convert.ToDouble(chengguan["各项合计"]), 3);
        Assert.Equal(10, Convert.ToDouble(chengguan["加分"]));
        Assert.Equal(84.2, Convert.ToDouble(chengguan["总分"]), 3);
        Assert.Equal("良好", chengguan["等次"]);
        var agency = summary.First(r => (string?)r["类别"] == "县直机关");
        Assert.Null(agency["县委评分"]); // the township-only section: blank, not 0
        Assert.NotEqual(Convert.ToDouble(agency["各项合计"]), Convert.ToDouble(agency["折算后"]));
        Assert.Equal(3, summary.Count(r => (string?)r["表彰"] == "受表彰"));

        var lines = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "城关镇联络组").Cast<IDictionary<string, object?>>().ToList();
        var plan = lines.Single(l => (string?)l["项目"] == "计划任务按期完成");
        Assert.Equal(("计划落实", "按数据计算"), ((string?)plan["部分"], (string?)plan["来源"]));
        Assert.Equal((24d, 20d, 20d, 30d), (Convert.ToDouble(plan["初评分"]), Convert.ToDouble(plan["调整后"]), Convert.ToDouble(plan["得分"]), Convert.ToDouble(plan["满分"])));
        Assert.Equal(ResultsSamples.AdjustReason, plan["调整理由"]);
        var bonus = lines.Where(l => (string?)l["部分"] == "加分").ToList();
        Assert.Contains(bonus, b => (string?)b["项目"] == "调研报告获省委领导批示" && Convert.ToDouble(b["得分"]) == 5 && (string?)b["调整理由"] == "批示为市级领导所作，按市级计");
        Assert.Contains(bonus, b => (string?)b["项目"] == "计入的加分" && Convert.ToDouble(b["得分"]) == 10 && ((string?)b["说明"])!.Contains("超过上限"));
        Assert.Equal(84.2, Convert.ToDouble(lines.Single(l => (string?)l["部分"] == "总分")["得分"]), 3);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task PrintedScorecard_RendersOnA4_WithItsChineseReadable(string locale)
    {
        var t = Texts.For(locale);
        var year = ResultsSamples.Results(AssessmentState.Approved);
        using var printer = ScorecardPdf.Open(new DutyFileOptions().PdfFont)!;
        var cards = new[] { year.Of("T01")!, year.Cards.First(c => c.Group.Kind == LiaisonBot.App.GroupKind.Agency) };

        var pdf = printer.Build(t, year, cards, new DateOnly(2027, 1, 8));

        var dir = Environment.GetEnvironmentVariable("LIAISONBOT_PDF_DIR") is { Length: > 0 } keep
            ? Directory.CreateDirectory(keep)
            : Directory.CreateTempSubdirectory("scorecard-");
        var path = Path.Combine(dir.FullName, $"scorecard-{locale}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var text = await RepoTools.RunAsync("pdftotext", ["-layout", path, "-"], env: null);
        Assert.True(text.ExitCode == 0, text.Output);
        var read = text.Output.Normalize(NormalizationForm.FormKC);
        Assert.Contains("城关镇联络组", read);
        Assert.Contains(ResultsSamples.AdjustReason, read);
        Assert.Contains(locale == "en" ? "Plan tasks done on time" : "计划任务按期完成", read);
        Assert.Contains("84.2", read);
        Assert.Contains(cards[1].Group.Name, read);
        var pages = await RepoTools.RunAsync("pdftoppm", ["-r", "80", "-png", path, Path.Combine(dir.FullName, $"scorecard-{locale}")], env: null);
        Assert.True(pages.ExitCode == 0, pages.Output);
        var pngs = Directory.GetFiles(dir.FullName, $"scorecard-{locale}-*.png");
        Assert.True(pngs.Length >= 2, $"{pngs.Length} pages"); // each group starts a page
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            Assert.All(document.GetPages(), page =>
            {
                Assert.Equal((595d, 842d), (page.Width, page.Height));
                Assert.All(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l => Assert.InRange(l.BoundingBox.Right, 0, 595 - 40));
            });
        }

        if (Environment.GetEnvironmentVariable("LIAISONBOT_PDF_DIR") is not { Length: > 0 })
        {
            dir.Delete(recursive: true);
        }
    }
}
