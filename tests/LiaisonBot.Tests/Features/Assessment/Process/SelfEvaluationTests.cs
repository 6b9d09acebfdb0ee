using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Process;

/// <summary>
/// A leader's self-evaluation in an open year, through the real endpoint: save a draft, come back to it, submit, correct;
/// bad input back beside its field with everything typed kept and nothing stored; always the leader's own group. Each
/// test works on a different group, so they share one bot.
/// </summary>
public sealed class SelfEvaluationTests(SharedBotHost<SelfEvaluationTests> shared) : IClassFixture<SharedBotHost<SelfEvaluationTests>>, ISharedBotHost
{
    private readonly AssessmentTesting a = new(shared.ForNextTest());

    public static async Task<BotHost> StartAsync()
    {
        var host = await AssessmentTesting.StartAsync();
        await new AssessmentTesting(host).OpenAsync();
        return host;
    }

    [Fact]
    public async Task ALeader_SavesADraft_ComesBack_Submits_AndCorrects_BeforeTheDeadline()
    {
        var leader = a.Leader; // T01

        var saved = await a.ExecuteAsync(leader, AssessmentVerbs.SelfSave, a.Data(
            (SelfForm.ClaimField("A2"), "4.5"), (SelfForm.StatementField("A2"), "全年活动台账按月整理归档"),
            (SelfForm.BonusPointsField(1), "3"), (SelfForm.BonusReasonField(1), "“乡村振兴”调研报告获县委书记批示")));

        Assert.Contains("草稿已保存", Sent.Text(saved));
        var row = await a.RowAsync("T01");
        Assert.Equal(SelfEvaluationState.Draft, row.Self);
        var entries = row.ReadEntries();
        Assert.Equal(4.5m, entries.Claims["A2"].Points);
        Assert.Equal("全年活动台账按月整理归档", entries.Claims["A2"].Statement);
        Assert.Equal(new BonusEntry("+1", 3, "“乡村振兴”调研报告获县委书记批示"), Assert.Single(entries.Bonus));

        // Coming back (the assessment command, or the card's button) shows what was saved, in the fields, still editable.
        var back = await a.ExecuteAsync(leader, AssessmentVerbs.Home, a.Data());
        Assert.Contains("全年活动台账按月整理归档", Sent.Text(back));
        Assert.Contains("“乡村振兴”调研报告获县委书记批示", Sent.Text(back));
        Assert.Contains(AssessmentVerbs.SelfSubmit, Sent.Verbs(back));
        Assert.Contains("当前得分：7.5 / 35", Sent.Text(back)); // the claim and the bonus within its cap
        Assert.Contains("加分（最多计 10 分，当前 3 分）", Sent.Text(back));

        var submitted = await a.ExecuteAsync(leader, AssessmentVerbs.SelfSubmit, a.Data(
            (SelfForm.ClaimField("A2"), "5"), (SelfForm.StatementField("A2"), "全年活动台账按月整理归档"),
            (SelfForm.ClaimField("B2"), "0"), (SelfForm.StatementField("B2"), "")));
        Assert.Contains("已提交", Sent.Text(submitted));
        Assert.Equal([AssessmentVerbs.SelfSubmit], Sent.Verbs(submitted).Where(v => v.StartsWith("assessment.self", StringComparison.Ordinal)));
        Assert.Contains("提交更正", Sent.Text(submitted));
        row = await a.RowAsync("T01");
        Assert.Equal(SelfEvaluationState.Submitted, row.Self);
        Assert.Equal(SampleRoster.Leader.Code, row.SubmittedBy);
        Assert.Empty(row.ReadEntries().Bonus); // the bonus fields were left empty this time: the entry is gone

        var corrected = await a.ExecuteAsync(leader, AssessmentVerbs.SelfSubmit, a.Data(
            (SelfForm.ClaimField("A2"), "5"), (SelfForm.StatementField("A2"), "台账完整"), (SelfForm.ClaimField("B2"), "6"), (SelfForm.StatementField("B2"), "提交提案 12 件")));
        Assert.Contains("已提交", Sent.Text(corrected));
        Assert.Equal(6m, (await a.RowAsync("T01")).ReadEntries().Claims["B2"].Points);
    }

    [Fact]
    public async Task BadInput_ComesBackBesideEachField_InputKept_NothingStored()
    {
        var leader = TestUser.Of(SampleRoster.Roster.ByCode("M007")!, a.Host); // T02
        var before = await a.Host.SnapshotAsync(AssessmentTesting.Tables);

        var card = await a.ExecuteAsync(leader, AssessmentVerbs.SelfSubmit, a.Data(
            (SelfForm.ClaimField("A2"), "6"), (SelfForm.StatementField("A2"), "台账"), // above the item's 5
            (SelfForm.ClaimField("B2"), "8"), (SelfForm.StatementField("B2"), ""), // points without a statement
            (SelfForm.BonusPointsField(2), "2"), (SelfForm.BonusReasonField(2), ""), // a bonus without its reason
            (SelfForm.BonusPointsField(3), ""), (SelfForm.BonusReasonField(3), new string('长', 210))));

        var text = Sent.Text(card);
        Assert.Contains("请检查下面标出的内容，尚未保存。", text);
        Assert.Contains("请填写 0 至 5 之间的数（最多一位小数）。", text);
        Assert.Contains("请简要说明得分依据。", text);
        Assert.Contains("请填写加分理由。", text);
        Assert.Contains("请填写大于 0、不超过 10 的分数（最多一位小数）。", text);
        Assert.Contains("最多 200 字（现为 210 字）", text);
        Assert.Contains(new string('长', 210), text);
        Assert.Contains("台账", text);
        Assert.Equal(before, await a.Host.SnapshotAsync(AssessmentTesting.Tables));

        var missing = await a.ExecuteAsync(leader, AssessmentVerbs.SelfSubmit, a.Data());
        Assert.Contains("请填写自评分（0 至 5，没有则填 0）。", Sent.Text(missing));
        Assert.Equal(before, await a.Host.SnapshotAsync(AssessmentTesting.Tables));
    }

    [Fact]
    public async Task ALeader_AlwaysEvaluatesTheirOwnGroup_WhateverGroupTheCardNames()
    {
        var leader = TestUser.Of(SampleRoster.Roster.ByCode("M012")!, a.Host); // T03
        var other = await a.RowAsync("T04");

        var card = await a.ExecuteAsync(leader, AssessmentVerbs.SelfSave, a.Data(
            (AssessmentVerbs.Group, "T04"), (SelfForm.ClaimField("A2"), "3"), (SelfForm.StatementField("A2"), "石桥镇台账")));

        Assert.Contains("石桥镇联络组", Sent.Text(card));
        Assert.Equal(3m, (await a.RowAsync("T03")).ReadEntries().Claims["A2"].Points);
        Assert.Equal(other.ETag, (await a.RowAsync("T04")).ETag);
    }
}
