using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Results;

/// <summary>The results kept between turns never outlive a change: the next card after any write to the year shows it.</summary>
public sealed class ResultsCacheTests
{
    [Fact]
    public async Task AnAdjustmentMadeAfterACardWasShown_IsOnTheNextCard_WithItsRecordsStillThere()
    {
        await using var host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
        var store = host.Services.GetRequiredService<AssessmentStore>();
        await ResultsSamples.SeedAsync(store, AssessmentState.Open);
        var leader = Who.Leader.User(host);
        var before = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(leader.Execute(AssessmentVerbs.Scorecard, new { year = "2026" }))));

        await store.ChangeGroupAsync(ResultsSamples.Year, "T01", row =>
        {
            var entries = row.ReadEntries();
            row.Write(entries with { Adjustments = new Dictionary<string, Adjustment>(entries.Adjustments) { ["O1"] = new(7, "三条记录重复上报", "S01", ResultsSamples.At) } });
            return true;
        }, CancellationToken.None);
        var after = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(leader.Execute(AssessmentVerbs.Scorecard, new { year = "2026" }))));
        var figure = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(leader.Execute(AssessmentVerbs.Figure, new { year = "2026", item = "O1" }))));

        Assert.Contains("84.2", before);
        Assert.DoesNotContain("三条记录重复上报", before);
        Assert.Contains("办公室调整：9 → 7 分。理由：三条记录重复上报", after);
        Assert.Contains("82.2", after);
        Assert.Contains("共 40 条记录，计入 36 条", figure);
        Assert.Contains("履职记录1：视察农村公路建设", figure);
    }
}
