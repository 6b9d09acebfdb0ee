using System.Text.Json.Nodes;
using LiaisonBot.Features.Broadcasts;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Broadcasts;

/// <summary>A scheduled notice, started by the outbox when its time comes (no poller looks for it), and followed to "sent".</summary>
public sealed class BroadcastScheduleTests : IAsyncLifetime
{
    private const string StatusCardId = "1765000000002";

    private readonly ShiftedClock clock = new();
    private BotHost host = null!;
    private TestUser office = null!;
    private List<TestUser> installed = null!;

    public async Task InitializeAsync()
    {
        // The outbox looks at a job waiting for its time every 200 ms, so moving the clock is seen at once.
        var settings = new Dictionary<string, string?>(BroadcastTesting.Settings) { ["Outbox:RecheckInterval"] = "00:00:00.200" };
        host = await BotHost.StartAsync(settings, services => services.AddSingleton<TimeProvider>(clock));
        await host.ImportRosterAsync();
        office = TestUser.Of(SampleRoster.Secretariat, host, "zh-CN");
        installed = SampleRoster.Roster.MembersOf("T01").Take(3).Select(m => TestUser.Of(m, host)).ToList();
        foreach (var user in installed)
        {
            await host.PostAsync(user.Installation("add"));
            await host.PostAsync(user.Install());
        }

        host.Fake.ClearRequests();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task AScheduledNotice_GoesOutWhenItsTimeComes_AndItsStatusCardEndsSent()
    {
        var id = Guid.NewGuid().ToString("N");
        await ExecuteAsync(BroadcastVerbs.Preview, new Dictionary<string, string>
        {
            [BroadcastVerbs.Id] = id,
            [BroadcastForm.Title] = "关于召开常委会议的通知",
            [BroadcastForm.Body] = "定于 **12月10日上午9:00** 召开常委会议，请准时参加。",
            [BroadcastForm.Urgent] = "false",
            [BroadcastForm.AskAck] = "true",
            [BroadcastForm.Everyone] = "false",
            [BroadcastForm.Groups] = "T01",
            [BroadcastForm.SendDate] = ReportSamples.Today.AddDays(1).ToString("yyyy-MM-dd"),
            [BroadcastForm.SendTime] = "09:00",
        });
        var status = Sent.Text(await ExecuteAsync(BroadcastVerbs.Send, new { id }, StatusCardId));
        await Task.Delay(500);
        Assert.Contains("已定时", status);
        Assert.DoesNotContain(host.Fake.Requests, r => installed.Any(u => u.ConversationId == r.ConversationId));

        clock.Offset = TimeSpan.FromDays(2); // its time has come (post nothing to the bot while the clock is moved)
        await Eventually.HoldsAsync(() => installed.All(u => Sent.Messages(host.Fake, u).Count == 1), "every installed member got the notice once");
        await Eventually.HoldsAsync(async () => (await host.RowsAsync(BroadcastStore.Table)).Single(r => r.RowKey == id).GetString("State") == "Sent",
            "the notice is marked sent");
        await Eventually.HoldsAsync(() => host.Fake.Requests.Any(r => r.Method == "PUT" && r.ActivityId == StatusCardId && r.Body is not null &&
            Sent.Text(Sent.Card(r.Body)).Contains("已发送")), "the status card says sent, in place");
        clock.Offset = TimeSpan.Zero;

        Assert.Contains($"已送达\n{installed.Count}", Sent.Text(await ExecuteAsync(BroadcastVerbs.Status, new { id })));
    }

    private async Task<JsonNode> ExecuteAsync(string verb, object data, string? replyToId = null)
    {
        var activity = office.Execute(verb, data);
        return await Sent.InvokeCardAsync(await host.PostAsync(replyToId is null ? activity : activity with { ReplyToId = replyToId }));
    }
}
