using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.DutyFile.Points;

/// <summary>
/// Who sees whose points: a leader their group, the secretariat everyone with its filters; and who may load the rules
/// or recompute.
/// </summary>
public sealed class PointsListTests : PointsScenario
{
    [Fact]
    public async Task TheLeaderSeesTheGroup_TheSecretariatEveryone_FilteredToThoseBelowTheMinimums()
    {
        await AttachAsync(Office, Rules with { Minimums = [new(null, 1)] });
        await SubmitAsync("调研农村养老", "Research", 1);
        await VerifyAsync("调研农村养老");
        await Eventually.HoldsAsync(async () => await TotalAsync("M004") == 5, "points recomputed");

        var group = Sent.Text(await MessageAsync(Leader, "履职积分"));
        Assert.Contains("城关镇联络组", group);
        Assert.Contains("孙淑珍", group);
        Assert.Contains("5\n不称职 · 已达基本要求", group);
        Assert.DoesNotContain("陆承志", group); // another group's leader

        var everyone = await MessageAsync(Office, "履职积分");
        Assert.Contains("委员 138 人 · 未达基本要求 137 人", Sent.Text(everyone));
        var below = await Sent.InvokeCardAsync(await Host.PostAsync(Office.Execute(DutyFileVerbs.Points,
            new Dictionary<string, object?> { [DutyFileVerbs.Group] = "all", [DutyFileVerbs.Grade] = "all", [DutyFileVerbs.Below] = "true" })));
        Assert.Contains("委员 137 人", Sent.Text(below));
        Assert.DoesNotContain("孙淑珍", Sent.Text(below));
    }

    [Fact]
    public async Task OnlyTheSecretariat_LoadsRulesOrRecomputes_AndABadWorkbookChangesNothing()
    {
        Assert.Contains("只有办公室可以在这里导入文件", await AttachAsync(Leader, Rules));
        Assert.Empty(await Host.RowsAsync(PointsRulesStore.Table));

        Assert.Contains("只有办公室", Sent.Text(await Sent.InvokeCardAsync(await Host.PostAsync(Leader.Execute(DutyFileVerbs.Recompute)))));
        Assert.Contains("只有组长或办公室", Sent.Text(await MessageAsync(Member, "履职积分")));

        var sheets = RulesTemplate.Sheets(Rules);
        ((List<Dictionary<string, object?>>)sheets["活动积分"])[1]["c1"] = "五";
        var answer = await AttachAsync(Office, sheets);
        Assert.Contains("未导入任何内容：文件中有 1 处需要修改", answer);
        Assert.Contains("活动积分表第 2 行：“积分”应为数字，而不是“五”。", answer);
        Assert.Empty(await Host.RowsAsync(PointsRulesStore.Table));
        Assert.Empty(await Host.RowsAsync(DutyPointsStore.Table));
    }
}
