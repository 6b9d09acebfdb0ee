using System.Text.Json.Nodes;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Reports;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.DutyFile.Points;

/// <summary>
/// A bot on the sample roster, with the secretariat, a leader and one of their members, and what the points tests do
/// through it: attach the rules workbook, report, verify, type a command, read a member's stored total, download a file.
/// </summary>
public abstract class PointsScenario : IAsyncLifetime
{
    protected static readonly int Year = ReportSamples.Today.Year;
    protected static readonly PointsRules Rules = RulesTemplate.Expected with { Year = Year };

    protected BotHost Host { get; private set; } = null!;

    protected TestUser Office { get; private set; } = null!;

    protected TestUser Leader { get; private set; } = null!;

    protected TestUser Member { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await BotHost.StartAsync(new Dictionary<string, string?> { ["Uploads:DownloadHosts:0"] = "127.0.0.1" });
        await Host.ImportRosterAsync();
        Office = TestUser.Of(SampleRoster.Secretariat, Host);
        Leader = TestUser.Of(SampleRoster.Leader, Host);
        Member = TestUser.Of(SampleRoster.Member, Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    protected async Task<byte[]> DownloadAsync(JsonNode card, int link)
    {
        var url = Sent.Links(card)[link];
        using var response = await Host.Client.GetAsync(url.PathAndQuery);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    protected Task<string> AttachAsync(TestUser user, PointsRules rules) => AttachAsync(user, RulesTemplate.Sheets(rules));

    protected async Task<string> AttachAsync(TestUser user, Dictionary<string, object> sheets)
    {
        Host.Fake.ClearRequests();
        Assert.Equal(200, (int)(await Host.PostAsync(user.Attach("积分规则.xlsx", Host.Fake.AddFile(RulesTemplate.Workbook(sheets))))).StatusCode);
        return Sent.Text(Sent.Card(Sent.Messages(Host.Fake, user).Single()));
    }

    protected async Task SubmitAsync(string title, string kind, int daysAgo, string? participants = null)
    {
        var fields = ReportSamples.Form(title: title, kind: kind, date: ReportSamples.Today.AddDays(-daysAgo), participants: participants);
        fields[ReportVerbs.FormId] = Guid.NewGuid().ToString("N");
        await Sent.InvokeCardAsync(await Host.PostAsync(Member.Execute(ReportVerbs.Submit, fields)));
    }

    protected async Task VerifyAsync(params string[] titles)
    {
        var list = await Sent.InvokeCardAsync(await Host.PostAsync(Leader.Execute(ReportVerbs.ToVerify)));
        var rows = await Host.RowsAsync(ReportStore.Table);
        foreach (var title in titles)
        {
            var id = rows.Single(r => r.GetString("Title") == title).RowKey;
            var verify = Sent.Buttons(list).First(b => (string?)b["verb"] == ReportVerbs.Verify && (string?)b["data"]![ReportVerbs.ReportId] == id);
            list = await Sent.InvokeCardAsync(await Host.PostAsync(Leader.Execute(ReportVerbs.Verify, verify["data"])));
        }
    }

    protected async Task<JsonNode> MessageAsync(TestUser user, string text)
    {
        Host.Fake.ClearRequests();
        await Host.PostAsync(user.Message(text));
        return Sent.Card(Sent.Messages(Host.Fake, user).Last());
    }

    protected async Task<double?> TotalAsync(string code, int? year = null) =>
        (await Host.RowsAsync(DutyPointsStore.Table)).SingleOrDefault(r => r.RowKey == code && r.PartitionKey == $"{year ?? Year}")?.GetDouble("Total");
}
