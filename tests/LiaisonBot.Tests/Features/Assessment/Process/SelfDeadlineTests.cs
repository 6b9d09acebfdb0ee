using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Process;

/// <summary>Corrections until the end of the deadline day in the committee's time zone; after it the card is read-only and nothing is stored.</summary>
public sealed class SelfDeadlineTests
{
    [Fact]
    public async Task OnTheDeadlineDay_ALeaderStillCorrects_TheDayAfter_TheCardIsReadOnly_AndNothingIsStored()
    {
        await using var host = await AssessmentTesting.StartAsync();
        var a = new AssessmentTesting(host);
        await a.OpenAsync(deadline: a.Today);
        var claim = a.Data((SelfForm.ClaimField("A2"), "5"), (SelfForm.StatementField("A2"), "台账完整"), (SelfForm.ClaimField("B2"), "0"));

        Assert.Contains("已提交", Sent.Text(await a.ExecuteAsync(a.Leader, AssessmentVerbs.SelfSubmit, claim)));
        Assert.Contains("已提交", Sent.Text(await a.ExecuteAsync(a.Leader, AssessmentVerbs.SelfSubmit, claim)));

        await a.MoveDeadlineAsync(a.Today.AddDays(-1));
        var before = await host.SnapshotAsync(AssessmentTesting.Tables);
        var late = await a.ExecuteAsync(a.Leader, AssessmentVerbs.SelfSubmit, a.Data((SelfForm.ClaimField("A2"), "1"), (SelfForm.StatementField("A2"), "改")));
        var shown = await a.ExecuteAsync(a.Leader, AssessmentVerbs.Self, a.Data());

        Assert.Contains("未保存：自评已不能修改。", Sent.Text(late));
        Assert.Contains("自评已于", Sent.Text(shown));
        Assert.Contains("台账完整", Sent.Text(shown)); // what was submitted, shown as text
        Assert.DoesNotContain(Sent.Verbs(shown), v => v is AssessmentVerbs.SelfSave or AssessmentVerbs.SelfSubmit);
        Assert.DoesNotContain("Input.", shown.ToJsonString());
        Assert.Equal(before, await host.SnapshotAsync(AssessmentTesting.Tables));
        Assert.Equal(5m, (await a.RowAsync("T01")).ReadEntries().Claims["A2"].Points);
    }
}
