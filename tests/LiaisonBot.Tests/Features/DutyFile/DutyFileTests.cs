using System.Text.Json.Nodes;
using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.Reports;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.DutyFile;

/// <summary>A member's duty file through the real pipeline: only verified activities count, each once, shown by kind as a chart a phone can read too.</summary>
public sealed class DutyFileTests : IAsyncLifetime
{
    private BotHost host = null!;
    private TestUser leader = null!;
    private TestUser member = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
        leader = TestUser.Of(SampleRoster.Leader, host);
        member = TestUser.Of(SampleRoster.Member, host);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TheFile_CountsVerifiedActivitiesOnce_ByKind_WithAChartAndAPhoneFallback()
    {
        await SubmitAsync("调研一", "Research", ReportSamples.Today.AddDays(-1));
        await SubmitAsync("视察", "Inspection", ReportSamples.Today.AddDays(-2));
        await SubmitAsync("还在等核实的学习", "Study", ReportSamples.Today.AddDays(-3));
        var list = await ExecuteAsync(leader, ReportVerbs.ToVerify);
        var rows = await host.RowsAsync(ReportStore.Table);
        foreach (var title in new[] { "调研一", "视察" })
        {
            var id = rows.Single(r => r.GetString("Title") == title).RowKey;
            var verify = Sent.Buttons(list).First(b => (string?)b["verb"] == ReportVerbs.Verify && (string?)b["data"]![ReportVerbs.ReportId] == id);
            list = await ExecuteAsync(leader, ReportVerbs.Verify, verify["data"]);
        }

        // The leader also records the same research for the member: it counts once.
        var record = ReportSamples.Form(title: "组织调研", participants: "M004", date: ReportSamples.Today.AddDays(-1));
        foreach (var (key, value) in Sent.Data(await ExecuteAsync(leader, ReportVerbs.RecordFor), ReportVerbs.Record))
        {
            record[key] = value;
        }

        await ExecuteAsync(leader, ReportVerbs.Record, record);

        await host.PostAsync(member.Message("我的履职档案"));
        var card = Sent.Card(Sent.Messages(host.Fake, member).Last());
        var text = Sent.Text(card);
        Assert.Contains("我的履职档案", text);
        Assert.Contains("2\n已核实", text); // the organiser's research and the inspection; the member's own research gives way
        Assert.Contains("1\n待核实", text);
        Assert.Contains("与组织者的记录相同，只计一次", text);
        var chart = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "Chart.HorizontalBar")!;
        Assert.Equal(["调研:1", "视察:1"], chart["data"]!.AsArray().Select(d => $"{d!["x"]}:{d["y"]}"));
        Assert.Equal("Container", (string?)chart["fallback"]!["type"]);
        Assert.Contains("█", Sent.Text(chart["fallback"]!));
        Assert.Contains(Sent.Buttons(card), b => (string?)b["verb"] == DutyFileVerbs.Mine && (string?)b["data"]?["year"] == $"{ReportSamples.Today.Year - 1}");
    }

    private async Task SubmitAsync(string title, string kind, DateOnly date)
    {
        var fields = ReportSamples.Form(title: title, kind: kind, date: date);
        fields[ReportVerbs.FormId] = Guid.NewGuid().ToString("N");
        await ExecuteAsync(member, ReportVerbs.Submit, fields);
    }

    private async Task<JsonNode> ExecuteAsync(TestUser user, string verb, object? data = null) =>
        await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(verb, data)));
}
