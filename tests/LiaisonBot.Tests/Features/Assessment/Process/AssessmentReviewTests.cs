using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Process;

/// <summary>
/// The secretariat's review of a group: an adjustment always with its reason (without one, the message beside the field
/// and nothing stored), the county party committee's score entered, "review done", and the group reading the
/// adjustment and its reason on its own card.
/// </summary>
public sealed class AssessmentReviewTests(SharedBotHost<AssessmentReviewTests> shared) : IClassFixture<SharedBotHost<AssessmentReviewTests>>, ISharedBotHost
{
    private readonly AssessmentTesting a = new(shared.ForNextTest());

    public static async Task<BotHost> StartAsync()
    {
        var host = await AssessmentTesting.StartAsync();
        var a = new AssessmentTesting(host);
        await a.OpenAsync();
        await a.ExecuteAsync(a.Leader, AssessmentVerbs.SelfSubmit, a.Data(
            (SelfForm.ClaimField("A2"), "5"), (SelfForm.StatementField("A2"), "台账完整"), (SelfForm.ClaimField("B2"), "9"), (SelfForm.StatementField("B2"), "提案 12 件"),
            (SelfForm.BonusPointsField(1), "4"), (SelfForm.BonusReasonField(1), "获市政协表彰")));
        return host;
    }

    [Fact]
    public async Task AnAdjustmentWithoutAReason_ComesBackBesideTheField_InputKept_NothingStored()
    {
        var before = await a.Host.SnapshotAsync(AssessmentTesting.Tables);

        var card = await a.ExecuteAsync(a.Office, AssessmentVerbs.ReviewSave, a.Data((AssessmentVerbs.Group, "T01"),
            (ReviewForm.AdjustField("B2"), "6"), (ReviewForm.ReasonField("B2"), ""),
            (ReviewForm.EnteredField("C1"), "7"), // above the item's 5
            (ReviewForm.AdjustField("A2"), ""), (ReviewForm.ReasonField("A2"), "理由但没有分数")));

        var text = Sent.Text(card);
        Assert.Contains("调整分数须填写理由，联络组会看到。", text);
        Assert.Contains("请填写 0 至 5 之间的数（最多一位小数）。", text);
        Assert.Contains("请填写调整后的分数（0 至 5），或清空理由。", text);
        Assert.Contains("理由但没有分数", text);
        Assert.Equal(before, await a.Host.SnapshotAsync(AssessmentTesting.Tables));
    }

    [Fact]
    public async Task TheReview_AdjustsWithAReason_EntersTheScore_IsMarkedDone_AndTheGroupSeesTheReason()
    {
        var list = await a.ExecuteAsync(a.Office, AssessmentVerbs.Review, a.Data());
        Assert.Contains("城关镇联络组", Sent.Text(list));
        Assert.Contains("已提交", Sent.Text(list));
        var open = await a.ExecuteAsync(a.Office, AssessmentVerbs.ReviewGroup, Sent.Data(list, AssessmentVerbs.ReviewGroup));
        Assert.Contains("提案 12 件", Sent.Text(open));
        Assert.Contains("获市政协表彰", Sent.Text(open));

        var saved = await a.ExecuteAsync(a.Office, AssessmentVerbs.ReviewSave, a.Data((AssessmentVerbs.Group, "T01"),
            (ReviewForm.AdjustField("B2"), "6"), (ReviewForm.ReasonField("B2"), "提案中 3 件为联名附议，按规则计一半"),
            (ReviewForm.AdjustField("+1"), "2"), (ReviewForm.ReasonField("+1"), "市级表彰按 2 分计"),
            (ReviewForm.EnteredField("C1"), "4.5"), (ReviewForm.DoneField, "true")));

        Assert.Contains("审核已保存。", Sent.Text(saved));
        var row = await a.RowAsync("T01");
        var entries = row.ReadEntries();
        Assert.Equal(4.5m, entries.Entered["C1"]);
        Assert.Equal((6m, "提案中 3 件为联名附议，按规则计一半", SampleRoster.Secretariat.Code),
            (entries.Adjustments["B2"].Points, entries.Adjustments["B2"].Reason, entries.Adjustments["B2"].By));
        Assert.Equal(2m, entries.Adjustments["+1"].Points);
        Assert.NotNull(row.ReviewedAt);
        Assert.Contains("当前得分：17.5 / 35", Sent.Text(saved)); // 5 + 6 + 4.5, bonus 2

        var mine = Sent.Text(await a.ExecuteAsync(a.Leader, AssessmentVerbs.Self, a.Data()));
        Assert.Contains("办公室调整为 6 分：提案中 3 件为联名附议，按规则计一半", mine);
        Assert.Contains("办公室调整为 2 分：市级表彰按 2 分计", mine);

        // Saving again unchanged keeps who adjusted and when; clearing an adjustment accepts what was proposed.
        var at = entries.Adjustments["B2"].At;
        await a.ExecuteAsync(a.Office, AssessmentVerbs.ReviewSave, a.Data((AssessmentVerbs.Group, "T01"),
            (ReviewForm.AdjustField("B2"), "6"), (ReviewForm.ReasonField("B2"), "提案中 3 件为联名附议，按规则计一半"),
            (ReviewForm.EnteredField("C1"), "4.5"), (ReviewForm.DoneField, "true")));
        entries = (await a.RowAsync("T01")).ReadEntries();
        Assert.Equal(at, entries.Adjustments["B2"].At);
        Assert.False(entries.Adjustments.ContainsKey("+1"));
        var list2 = Sent.Text(await a.ExecuteAsync(a.Office, AssessmentVerbs.Review, a.Data()));
        Assert.Contains("已审核", list2);
    }
}
