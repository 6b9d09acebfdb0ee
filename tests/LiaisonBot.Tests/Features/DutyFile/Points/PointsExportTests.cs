using LiaisonBot.Features.DutyFile;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.DutyFile.Points;

/// <summary>
/// The year's points leaving the bot: the secretariat's workbook, read back sheet by sheet, and the printable duty files,
/// read back as text.
/// </summary>
public sealed class PointsExportTests : PointsScenario
{
    [Fact]
    public async Task TheSecretariatExportsTheYear_ASummaryAndASheetPerGroupExplainingEveryPoint()
    {
        await AttachAsync(Office, Rules);
        await SubmitAsync("调研农村养老", "Research", 1);
        await VerifyAsync("调研农村养老");
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 5, "points recomputed");

        Assert.Contains("只有办公室", Sent.Text(await Sent.InvokeCardAsync(await Host.PostAsync(Leader.Execute(DutyFileVerbs.Export)))));
        var card = await Sent.InvokeCardAsync(await Host.PostAsync(Office.Execute(DutyFileVerbs.Export)));
        var url = Sent.Links(card)[0];
        using var response = await Host.Client.GetAsync(url.PathAndQuery);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(workbook);
        Assert.Equal($"{Year}年度汇总", sheets[0]);
        Assert.Equal(1 + SampleRoster.Roster.Groups.Count, sheets.Count);
        var summary = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheets[0]).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(138, summary.Count);
        var sun = summary.Single(r => (string)r["委员"] == "孙淑珍");
        Assert.Equal((5d, "不称职", "城关镇联络组"), (Convert.ToDouble(sun["积分"]), (string)sun["等次"], (string)sun["联络组"]));
        var lines = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "城关镇联络组").Cast<IDictionary<string, object>>()
            .Where(r => (string)r["委员"] == "孙淑珍").Select(r => $"{r["来源"]}|{r["记录"]}|{r["积分"]}").ToList();
        Assert.Equal(["基础分||0", "本人活动|调研农村养老|5", "合计||5"], lines);

        Assert.Equal(404, (int)(await Host.Client.GetAsync("/points/download/" + new string('0', 32))).StatusCode);
        Assert.Equal(404, (int)(await Host.Client.GetAsync("/points/download/..%2F..%2Fetc")).StatusCode);
    }

    [Fact]
    public async Task AMemberPrintsTheirDutyFile_APdfWhoseChineseIsText_AndTheSecretariatPrintsAGroup()
    {
        await AttachAsync(Office, Rules);
        await SubmitAsync("调研农村养老服务站运行情况", "Research", 1);
        await VerifyAsync("调研农村养老服务站运行情况");
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 5, "points recomputed");

        var mine = await DownloadAsync(await Sent.InvokeCardAsync(await Host.PostAsync(Member.Execute(DutyFileVerbs.Print))), 0);
        if (Environment.GetEnvironmentVariable("LIAISONBOT_PDF_DIR") is { Length: > 0 } keep)
        {
            await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(keep).FullName, "duty-file.pdf"), mine);
        }
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(mine))
        {
            // NFKC: the PDF's text layer names some shared glyphs by their Kangxi radical (⽼ for 老); print and view are right.
            var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Normalize(System.Text.NormalizationForm.FormKC);
            void Has(string expected) => Assert.Contains(expected.Normalize(System.Text.NormalizationForm.FormKC), text);
            Has($"{Year}年度委员履职档案");
            Has("孙淑珍");
            Has("城关镇联络组");
            Has("积分：5");
            Has("调研农村养老服务站运行情况");
            Has("已核实 · +5");
            Has("× 提案：0/1");
        }

        var export = await Sent.InvokeCardAsync(await Host.PostAsync(Office.Execute(DutyFileVerbs.Export,
            new Dictionary<string, object?> { [DutyFileVerbs.Group] = SampleRoster.Leader.GroupCode })));
        using var group = UglyToad.PdfPig.PdfDocument.Open(await DownloadAsync(export, 1));
        var members = SampleRoster.Roster.MembersOf(SampleRoster.Leader.GroupCode!).ToList();
        Assert.True(group.NumberOfPages >= members.Count);
        Assert.All(members, m => Assert.Contains(group.GetPages(), p => p.Text.Normalize(System.Text.NormalizationForm.FormKC).Contains(m.Name, StringComparison.Ordinal)));
    }
}
