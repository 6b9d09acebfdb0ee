using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Process;

/// <summary>
/// Presses that meet: a leader's save, the secretariat's review and a recompute of the figures on one group's row all
/// land (each re-read under the row's ETag, none lost); two presses of open or approve at once open and publish once.
/// </summary>
public sealed class AssessmentConcurrencyTests
{
    [Fact]
    public async Task ASave_AReview_AndARecompute_AtOnce_AllLand_OnTheGroupsRow()
    {
        await using var host = await AssessmentTesting.StartAsync();
        var a = new AssessmentTesting(host);
        await a.OpenAsync();
        var figures = host.Services.GetRequiredService<AssessmentFigures>();

        await Task.WhenAll(
            a.ExecuteAsync(a.Leader, AssessmentVerbs.SelfSave, a.Data((SelfForm.ClaimField("A2"), "4"), (SelfForm.StatementField("A2"), "台账完整"))),
            a.ExecuteAsync(a.Office, AssessmentVerbs.ReviewSave, a.Data((AssessmentVerbs.Group, "T01"), (ReviewForm.EnteredField("C1"), "3"))),
            figures.RecomputeYearAsync(a.Year, CancellationToken.None));

        var row = await a.RowAsync("T01");
        Assert.Equal(4m, row.ReadEntries().Claims["A2"].Points);
        Assert.Equal(3m, row.ReadEntries().Entered["C1"]);
        Assert.NotNull(row.ReadFigures());
    }

    [Fact]
    public async Task TwoPressesAtOnce_OpenOnce_AndApproveOnce_AndSendEachCardOnce()
    {
        await using var host = await AssessmentTesting.StartAsync();
        var a = new AssessmentTesting(host);
        var leader = (await a.InstallAsync([SampleRoster.Leader])).Single();
        await a.SchemeAsync();

        var opens = await Task.WhenAll(a.ExecuteAsync(a.Office, AssessmentVerbs.OpenConfirm, a.Data()), a.ExecuteAsync(a.Office, AssessmentVerbs.OpenConfirm, a.Data()));
        Assert.Single(opens, c => Sent.Text(c).Contains("已启动："));
        var decision = a.Data((ApproveForm.DecisionField, "主席会议"), (ApproveForm.DateField, LiaisonBot.Calendar.WorkCalendar.Iso(a.Today)));
        var approvals = await Task.WhenAll(a.ExecuteAsync(a.Office, AssessmentVerbs.ApproveConfirm, decision), a.ExecuteAsync(a.Office, AssessmentVerbs.ApproveConfirm, decision));
        Assert.Single(approvals, c => Sent.Text(c).Contains("已审定并发布："));

        // Each job is delivered on its own, in whatever order the outbox gets to them: wait for all three, then for any second copy.
        await Eventually.HoldsAsync(() => a.Posted(leader) is var posted && posted.Any(t => t.Contains("年度自评")) && posted.Any(t => t.Contains("年度联络组考核排名"))
            && posted.Any(t => t.Contains($"城关镇联络组 · {a.Year}年度考核")), "the self-evaluation, the scorecard and the ranking");
        await Task.Delay(1000);
        Assert.Single(a.Posted(leader), t => t.Contains("年度自评"));
        Assert.Single(a.Posted(leader), t => t.Contains($"城关镇联络组 · {a.Year}年度考核"));
        Assert.Single(a.Posted(leader), t => t.Contains("年度联络组考核排名"));
        Assert.Equal(AssessmentState.Approved, (await a.YearAsync()).Status);
    }
}
