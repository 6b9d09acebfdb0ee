using System.Text.Json.Nodes;
using LiaisonBot.App;
using LiaisonBot.Features.Broadcasts;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Broadcasts;

/// <summary>A notice from compose to read receipts, through the real pipeline, the outbox and the fake connector.</summary>
public sealed class BroadcastFlowTests : IAsyncLifetime
{
    private BotHost host = null!;
    private TestUser office = null!;
    private List<Member> group = null!;
    private List<TestUser> installed = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(BroadcastTesting.Settings);
        await host.ImportRosterAsync();
        office = TestUser.Of(SampleRoster.Secretariat, host, "zh-CN");
        group = SampleRoster.Roster.MembersOf("T01").ToList();
        // Everyone in the group but the last two has installed the app; one of them reads English.
        installed = group.SkipLast(2).Select((m, i) => TestUser.Of(m, host, i == 1 ? "en-US" : "zh-CN")).ToList();
        foreach (var user in installed)
        {
            await host.PostAsync(user.Installation("add")); // carries the client's locale, as in Teams
            await host.PostAsync(user.Install());
        }

        host.Fake.ClearRequests();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Notice_IsPreviewed_Sent_AndDeliveredToEveryoneReachable_InTheirLanguage()
    {
        var preview = await PreviewAsync(Notice(groups: "T01"));
        Assert.Contains("关于召开常委会议的通知", Sent.Text(preview));
        Assert.Contains($"共 {group.Count} 人；其中 2 人尚未安装", Sent.Text(preview));
        Assert.DoesNotContain(host.Fake.Requests, r => r.Method == "POST" && installed.Any(u => u.ConversationId == r.ConversationId));

        var status = await ExecuteAsync(office, BroadcastVerbs.Send, new { id = IdOf(preview) });
        Assert.Contains("通知：关于召开常委会议的通知", Sent.Text(status));

        await Eventually.HoldsAsync(() => installed.All(u => Sent.Messages(host.Fake, u).Count == 1), "every installed member got the notice once");
        var chinese = Sent.Text(Sent.Card(Sent.Messages(host.Fake, installed[0]).Single()));
        var english = Sent.Text(Sent.Card(Sent.Messages(host.Fake, installed[1]).Single()));
        Assert.Contains("已阅", chinese);
        Assert.Contains("政协办公室", chinese);
        Assert.Contains("I have read it", english);
        Assert.Contains("关于召开常委会议的通知", english); // the secretariat's own text is not translated
        await Eventually.HoldsAsync(async () => Sent.Text(await ExecuteAsync(office, BroadcastVerbs.Status, new { id = IdOf(preview) })).Contains("已发送"),
            "the notice is marked sent");
        var final = Sent.Text(await ExecuteAsync(office, BroadcastVerbs.Status, new { id = IdOf(preview) }));
        Assert.Contains($"已送达\n{installed.Count}", final);
        Assert.Contains("无法送达\n2", final);
    }

    [Fact]
    public async Task TheStatusCard_IsUpdatedInPlace_WhileTheNoticeGoesOut()
    {
        var preview = await PreviewAsync(Notice(groups: "T01"));

        await ExecuteAsync(office, BroadcastVerbs.Send, new { id = IdOf(preview) }, replyToId: "1765000000001");

        await Eventually.HoldsAsync(() => host.Fake.Requests.Any(r => r.Method == "PUT" && r.ConversationId == office.ConversationId &&
            r.ActivityId == "1765000000001" && r.Body is not null && Sent.Text(Sent.Card(r.Body)).Contains("已发送")), "the status card says sent, in place");
    }

    [Fact]
    public async Task ReadAcknowledgement_IsRecordedOnce_AndTheSecretariatSeesWhoHasNotRead()
    {
        var id = await SendAsync(Notice(groups: "T01"));
        var reader = installed[0];

        var first = Sent.Text(await ExecuteAsync(reader, BroadcastVerbs.Ack, new { id }));
        var again = Sent.Text(await ExecuteAsync(reader, BroadcastVerbs.Ack, new { id }));

        Assert.Contains("✓ 您已于", first);
        Assert.Equal(first, again);
        Assert.Single(await host.RowsAsync(BroadcastStore.AckTable));
        var detail = Sent.Text(await ExecuteAsync(office, BroadcastVerbs.Detail, new { id }));
        Assert.Contains($"已送达、未确认（{installed.Count - 1} 人）", detail);
        Assert.Contains($"已确认（1 人）\n{reader.Name}", detail);
        Assert.Contains($"{group[^1].Name}（未安装联络组助手）", detail);
    }

    [Fact]
    public async Task Remind_SendsTheNoticeAgain_OnlyToThoseWhoHaveNotConfirmed()
    {
        var id = await SendAsync(Notice(groups: "T01"));
        await ExecuteAsync(installed[0], BroadcastVerbs.Ack, new { id });

        var message = Sent.Text(await ExecuteAsync(office, BroadcastVerbs.Remind, new { id }));

        Assert.Contains($"已向 {installed.Count - 1} 人发送提醒", message);
        await Eventually.HoldsAsync(() => installed.Skip(1).All(u => Sent.Messages(host.Fake, u).Count == 2), "reminders delivered");
        Assert.Single(Sent.Messages(host.Fake, installed[0]));
        Assert.Contains("提醒：请阅读此通知", Sent.Text(Sent.Card(Sent.Messages(host.Fake, installed[2]).Last())));
    }

    [Fact]
    public async Task EditAfterSend_UpdatesEveryCopyInPlace_AndRecallDeletesThem()
    {
        var id = await SendAsync(Notice(groups: "T01"));
        var ids = installed.ToDictionary(u => u.ConversationId, u => (string)host.Fake.Requests.Single(r => r.ConversationId == u.ConversationId && r.Method == "POST").Body!["id"]!);

        var edit = await ExecuteAsync(office, BroadcastVerbs.Edit, new { id });
        Assert.DoesNotContain(BroadcastForm.Everyone, edit.ToJsonString());
        await ExecuteAsync(office, BroadcastVerbs.Preview, new { id, editing = "true", title = "会议改期：12月12日", body = "常委会议改到12月12日上午。", ack = "true" });
        await ExecuteAsync(office, BroadcastVerbs.Update, new { id });
        await Eventually.HoldsAsync(() => installed.All(u => host.Fake.Requests.Any(r => r.Method == "PUT" && r.ConversationId == u.ConversationId &&
            r.Body is not null && Sent.Text(Sent.Card(r.Body)).Contains("会议改期"))), "every copy updated");

        await ExecuteAsync(office, BroadcastVerbs.RecallConfirm, new { id });
        await Eventually.HoldsAsync(() => installed.All(u => host.Fake.Requests.Any(r => r.Method == "DELETE" && r.ConversationId == u.ConversationId)),
            "every copy deleted");
        Assert.Contains("已被政协办公室撤回", Sent.Text(await ExecuteAsync(installed[0], BroadcastVerbs.View, new { id })));
    }

    [Fact]
    public async Task ScheduledNotice_WaitsAndCanBeCancelled()
    {
        var tomorrow = Reports.ReportSamples.Today.AddDays(1).ToString("yyyy-MM-dd");
        var preview = await PreviewAsync(Notice(groups: "T01", sendDate: tomorrow, sendTime: "09:00"));
        Assert.Contains($"将于 {Reports.ReportSamples.Today.AddDays(1):yyyy年M月d日} 09:00 发送", Sent.Text(preview));

        var status = Sent.Text(await ExecuteAsync(office, BroadcastVerbs.Send, new { id = IdOf(preview) }));
        var cancelled = Sent.Text(await ExecuteAsync(office, BroadcastVerbs.Cancel, new { id = IdOf(preview) }));
        await Task.Delay(1500);

        Assert.Contains("已定时", status);
        Assert.Contains("已取消", cancelled);
        Assert.DoesNotContain(host.Fake.Requests, r => installed.Any(u => u.ConversationId == r.ConversationId));
    }

    [Fact]
    public async Task BadCompose_ComesBackWithMessages_AndNothingIsStored()
    {
        var card = await ExecuteAsync(office, BroadcastVerbs.Preview, new { id = Guid.NewGuid().ToString("N"), title = "", body = "正文", linkUrl = "http://insecure.example" });

        var text = Sent.Text(card);
        Assert.Contains("⚠ 必填。", text);
        Assert.Contains("⚠ 请填写完整的 https:// 地址。", text);
        Assert.Contains("⚠ 请选择全体委员、联络组或身份。", text);
        Assert.Equal("正文", (string?)card["body"]!.AsArray().Single(e => (string?)e!["id"] == BroadcastForm.Body)!["value"]);
        Assert.Empty(await host.RowsAsync(BroadcastStore.Table));
    }

    [Fact]
    public async Task UrgentNotice_RaisesAnActivityFeedAlert()
    {
        await SendAsync(Notice(groups: "T01", urgent: "true"));

        await Eventually.HoldsAsync(() => Sent.Messages(host.Fake, installed[0]).Count == 1, "delivered");
        var message = Sent.Messages(host.Fake, installed[0]).Single();
        Assert.True((bool?)message["channelData"]?["notification"]?["alert"]);
        Assert.Contains("紧急通知", Sent.Text(Sent.Card(message)));
    }

    [Theory]
    [InlineData("0001-01-01", "00:00")]
    [InlineData("9999-12-31", "23:59")]
    public async Task ASendDateAtEitherEndOfTheCalendar_ComesBackBesideTheField_AndNothingIsStored(string date, string time)
    {
        var preview = await PreviewAsync(Notice(groups: "T01", sendDate: date, sendTime: time));

        Assert.Contains("请选择将来的日期和时间", Sent.Text(preview));
        Assert.Contains(date, preview.ToJsonString());
        Assert.Empty(await host.RowsAsync(BroadcastStore.Table));
    }

    [Fact]
    public async Task TheComposeToggles_HaveLabels_AndThePreviewShowsTheAcknowledgeButtonRecipientsGet_Disabled()
    {
        var compose = await ExecuteAsync(office, BroadcastVerbs.Compose, new { });
        var preview = await PreviewAsync(Notice(groups: "T01"));

        var toggles = compose.ToJsonString().Split("\"type\":\"Input.Toggle\"").Skip(1).ToList();
        Assert.Equal(3, toggles.Count);
        Assert.All(toggles, toggle => Assert.Contains("\"label\":", toggle[..toggle.IndexOf('}')]));
        var ack = preview["body"]!.AsArray().SelectMany(Descendants).Single(n => n["type"]?.GetValue<string>() == "Action.Execute" && n["verb"]?.GetValue<string>() == BroadcastVerbs.Ack);
        Assert.Equal("已阅", ack["title"]!.GetValue<string>());
        Assert.False(ack["isEnabled"]!.GetValue<bool>());
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => [o, .. o.Select(p => p.Value).SelectMany(Descendants)],
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    [Fact]
    public async Task SomeoneOutsideTheAudience_CannotAcknowledge()
    {
        var id = await SendAsync(Notice(groups: "T01"));
        var outsider = TestUser.Of(SampleRoster.Roster.MembersOf("A01").First(), host);

        var card = Sent.Text(await ExecuteAsync(outsider, BroadcastVerbs.Ack, new { id }));

        Assert.Contains("此通知不是发给您的", card);
        Assert.Empty(await host.RowsAsync(BroadcastStore.AckTable));
    }

    private static Dictionary<string, string> Notice(string? groups = null, string? sendDate = null, string? sendTime = null, string urgent = "false") => new()
    {
        [BroadcastForm.Title] = "关于召开常委会议的通知",
        [BroadcastForm.Body] = "定于 **12月10日上午9:00** 召开常委会议，请准时参加。",
        [BroadcastForm.Urgent] = urgent,
        [BroadcastForm.AskAck] = "true",
        [BroadcastForm.Everyone] = "false",
        [BroadcastForm.Groups] = groups ?? "",
        [BroadcastForm.SendDate] = sendDate ?? "",
        [BroadcastForm.SendTime] = sendTime ?? "",
    };

    private async Task<JsonNode> PreviewAsync(Dictionary<string, string> fields)
    {
        fields[BroadcastVerbs.Id] = Guid.NewGuid().ToString("N");
        return await ExecuteAsync(office, BroadcastVerbs.Preview, fields);
    }

    private async Task<string> SendAsync(Dictionary<string, string> fields)
    {
        var id = IdOf(await PreviewAsync(fields));
        await ExecuteAsync(office, BroadcastVerbs.Send, new { id });
        await Eventually.HoldsAsync(() => installed.All(u => Sent.Messages(host.Fake, u).Count >= 1), "the notice reached everyone reachable");
        return id;
    }

    private async Task<JsonNode> ExecuteAsync(TestUser user, string verb, object data, string? replyToId = null)
    {
        var activity = user.Execute(verb, data);
        return await Sent.InvokeCardAsync(await host.PostAsync(replyToId is null ? activity : activity with { ReplyToId = replyToId }));
    }

    private static string IdOf(JsonNode card) =>
        (string)card["actions"]!.AsArray().First(a => a!["data"]?["id"] is not null)!["data"]!["id"]!;
}
