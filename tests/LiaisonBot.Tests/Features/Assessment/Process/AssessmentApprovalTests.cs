using LiaisonBot.App;
using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Process;

/// <summary>
/// Approval: the decision and its date required (the message beside the field, input kept, nothing stored); then the year
/// frozen with every group's final total, rank and commendation; each leader their scorecard and everyone the ranking,
/// once however often it is pressed; after it, no verb changes anything and the figures never move.
/// </summary>
public sealed class AssessmentApprovalTests
{
    [Fact]
    public async Task Approval_Freezes_WritesTheFinals_PublishesOnce_AndNothingChangesAfterIt()
    {
        await using var host = await AssessmentTesting.StartAsync();
        var a = new AssessmentTesting(host);
        var leader = (await a.InstallAsync([SampleRoster.Leader])).Single();
        var member = (await a.InstallAsync([SampleRoster.Member], "en-US")).Single();
        await a.OpenAsync();
        await a.ExecuteAsync(leader, AssessmentVerbs.SelfSubmit, a.Data((SelfForm.ClaimField("A2"), "5"), (SelfForm.StatementField("A2"), "台账完整"),
            (SelfForm.ClaimField("B2"), "8"), (SelfForm.StatementField("B2"), "提案 12 件")));
        await a.ExecuteAsync(a.Office, AssessmentVerbs.ReviewSave, a.Data((AssessmentVerbs.Group, "T01"), (ReviewForm.EnteredField("C1"), "5"), (ReviewForm.DoneField, "true")));

        Assert.Contains($"The {a.Year} assessment results are not published yet.", Sent.Text(await a.ExecuteAsync(member, AssessmentVerbs.Home, a.Data())));
        var before = await host.SnapshotAsync(AssessmentTesting.Tables);
        var bad = await a.ExecuteAsync(a.Office, AssessmentVerbs.ApproveConfirm, a.Data((ApproveForm.DecisionField, "十四届第 9 次主席会议"),
            (ApproveForm.DateField, LiaisonBot.Calendar.WorkCalendar.Iso(a.Today.AddDays(3)))));
        Assert.Contains("请填写会议日期（不能晚于今天）。", Sent.Text(bad));
        Assert.Contains("十四届第 9 次主席会议", Sent.Text(bad));
        Assert.Equal(before, await host.SnapshotAsync(AssessmentTesting.Tables));

        var form = await a.ExecuteAsync(a.Office, AssessmentVerbs.Approve, a.Data());
        Assert.Contains("还有联络组未完成审核。", Sent.Text(form));
        var decision = a.Data((ApproveForm.DecisionField, "十四届第 9 次主席会议"), (ApproveForm.DateField, LiaisonBot.Calendar.WorkCalendar.Iso(a.Today)));
        var approved = await a.ExecuteAsync(a.Office, AssessmentVerbs.ApproveConfirm, decision);

        Assert.Contains("已审定并发布", Sent.Text(approved));
        var year = await a.YearAsync();
        Assert.Equal((AssessmentState.Approved, "十四届第 9 次主席会议", SampleRoster.Secretariat.Code), (year.Status, year.Decision, year.ApprovedBy));
        var rows = await a.Store.GroupsAsync(a.Year, CancellationToken.None);
        var t01 = rows.Single(r => r.GroupCode == "T01");
        Assert.Equal((18d, 1, true), (t01.FinalTotal, t01.FinalRank, t01.Commended)); // 5 + 8 + 5; every other group 0
        // Every other group ties at 0 in second place, within the 3 commended: a tie at the last place commends them all.
        Assert.All(rows.Where(r => r.GroupCode != "T01"), r => Assert.Equal((0d, 2, true), (r.FinalTotal, r.FinalRank, r.Commended)));

        await Eventually.HoldsAsync(() => a.Posted(leader).Any(t => t.Contains($"城关镇联络组 · {a.Year}年度考核")), "the leader's scorecard");
        await Eventually.HoldsAsync(() => a.Posted(leader).Any(t => t.Contains("年度联络组考核排名")) && a.Posted(member).Any(t => t.Contains("ranking")),
            "the ranking to everyone");

        // Pressed again (a double tap, a redelivery): nothing approved or sent again.
        var again = await a.ExecuteAsync(a.Office, AssessmentVerbs.ApproveConfirm, decision);
        Assert.Contains("本年度考核已审定", Sent.Text(again));

        // After approval nothing moves: no saving, no review, no recompute, and a record change moves no figure.
        var frozen = await host.SnapshotAsync(AssessmentTesting.Tables);
        var save = await a.ExecuteAsync(leader, AssessmentVerbs.SelfSubmit, a.Data((SelfForm.ClaimField("A2"), "1"), (SelfForm.StatementField("A2"), "改")));
        var review = await a.ExecuteAsync(a.Office, AssessmentVerbs.ReviewSave, a.Data((AssessmentVerbs.Group, "T01"), (ReviewForm.EnteredField("C1"), "0")));
        var recompute = await a.ExecuteAsync(a.Office, AssessmentVerbs.Recompute, a.Data());
        var reopen = await a.ExecuteAsync(a.Office, AssessmentVerbs.OpenConfirm, a.Data());
        host.Services.GetRequiredService<RecordChanges>().Changed(a.Year, "T01");
        Assert.Equal(0, await host.Services.GetRequiredService<AssessmentFigures>().RecomputeYearAsync(a.Year, CancellationToken.None));
        await Task.Delay(1500); // a debounced recompute, if any listener queued one, would have run by now

        Assert.Contains("未保存", Sent.Text(save));
        Assert.Contains("结果已审定，未作更改。", Sent.Text(review));
        Assert.Contains("考核结果已审定并冻结", Sent.Text(recompute));
        Assert.Contains("本年度考核已启动", Sent.Text(reopen));
        Assert.Equal(frozen, await host.SnapshotAsync(AssessmentTesting.Tables));
        Assert.Single(a.Posted(leader), t => t.Contains($"城关镇联络组 · {a.Year}年度考核"));
        Assert.Single(a.Posted(leader), t => t.Contains("年度联络组考核排名"));
        Assert.Single(a.Posted(member), t => t.Contains("ranking"));

        // What people see now: the leader their scorecard, a member the ranking.
        Assert.Contains($"城关镇联络组 · {a.Year}年度考核", Sent.Text(await a.ExecuteAsync(leader, AssessmentVerbs.Home, a.Data())));
        Assert.Contains("ranking", Sent.Text(await a.ExecuteAsync(member, AssessmentVerbs.Home, a.Data())));
    }
}
