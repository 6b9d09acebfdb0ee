using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.MassSupervision;
using LiaisonBot.Tests.Features.MassSupervision;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.DutyFile.Points;

/// <summary>
/// Mass supervision through the real pipeline into the duty file: ballots cast on the page, the campaign closed by the
/// secretariat, and the members' points recomputed from the template's bands (90 % → 5, 80 % → 3, 70 % → 1; k = 5).
/// </summary>
public sealed class SupervisionPointsTests : PointsScenario
{
    [Fact]
    public async Task AClosedCampaign_ShowsEachMembersShare_AndTheirBandsPoints_OrTooFewBallots_WithNoPoints()
    {
        await AttachAsync(Office, Rules);
        var mass = new MassTesting(Host);
        var campaign = await mass.CampaignAsync();
        var (_, codes) = await mass.BatchAsync(campaign, slips: 6);
        for (var i = 0; i < 6; i++)
        {
            // M004 (the sample member): 5 satisfied, 1 not = 83.3 %. M005 is left blank on all but two ballots.
            var answers = MassTesting.Answers("T01", i == 5 ? "N" : "S");
            if (i >= 2)
            {
                answers.Remove("M005");
            }

            await MassTesting.CastAsync(Host.NewClient(), codes[i], answers);
        }

        await mass.ExecuteAsync(Office, MassVerbs.CloseConfirm, MassNotice.Data(campaign));

        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 3, "points recomputed after the close");
        Assert.Equal(0, await TotalAsync("M005"));
        var text = Sent.Text(await MessageAsync(Member, "我的履职档案"));
        Assert.Contains("3\n积分", text);
        Assert.Contains("群众评议\n满意率 83.3%（6 份评议） · +3", text);
        var english = Sent.Text(await MessageAsync(TestUser.Of(SampleRoster.Member, Host, "en"), "my duty file"));
        Assert.Contains("Mass supervision\nsatisfaction 83.3% (6 answers) · +3", english);
        var fellow = Sent.Text(await MessageAsync(TestUser.Of(SampleRoster.Roster.ByCode("M005")!, Host), "我的履职档案"));
        Assert.Contains("群众评议\n评议份数太少（2 份，少于 5 份）：不显示满意率，不计分", fellow);
        Assert.DoesNotContain("满意率 ", fellow);
    }

    [Fact]
    public async Task TheExportAndThePrintedFile_CarryTheShareAndItsPoints()
    {
        await AttachAsync(Office, Rules);
        var mass = new MassTesting(Host);
        var campaign = await mass.CampaignAsync();
        var (_, codes) = await mass.BatchAsync(campaign, slips: 5);
        foreach (var code in codes)
        {
            await MassTesting.CastAsync(Host.NewClient(), code, MassTesting.Answers("T01", "S"));
        }

        await mass.ExecuteAsync(Office, MassVerbs.CloseConfirm, MassNotice.Data(campaign));
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 5, "points recomputed after the close");

        var export = await Sent.InvokeCardAsync(await Host.PostAsync(Office.Execute(DutyFileVerbs.Export)));
        var url = new Uri(export["actions"]!.AsArray().First(a => (string?)a!["type"] == "Action.OpenUrl")!["url"]!.GetValue<string>());
        using var workbook = new MemoryStream(await Host.Client.GetByteArrayAsync(url.PathAndQuery));
        var lines = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "城关镇联络组").Cast<IDictionary<string, object>>()
            .Where(r => (string)r["委员"] == "孙淑珍").Select(r => $"{r["来源"]}|{r["类别"]}|{r["记录"]}|{r["积分"]}").ToList();
        Assert.Equal(["基础分|||0", "群众评议||100%|5", "合计|||5"], lines);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await DownloadAsync(await Sent.InvokeCardAsync(await Host.PostAsync(Member.Execute(DutyFileVerbs.Print))), 0));
        var printed = string.Concat(pdf.GetPages().Select(p => p.Text)).Normalize(System.Text.NormalizationForm.FormKC);
        Assert.Contains("满意率 100%（5 份评议） · +5".Normalize(System.Text.NormalizationForm.FormKC), printed);
    }
}
