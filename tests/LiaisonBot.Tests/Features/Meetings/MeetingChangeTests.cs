using System.Globalization;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Meetings;

/// <summary>A new time, a cancellation and the reminders: each invitee told once, on their invitation card where possible.</summary>
public sealed class MeetingChangeTests : MeetingScenario
{
    [Fact]
    public async Task ANewTime_UpdatesEachInvitationInPlace_Once_AndRepliesStand()
    {
        var id = await CreateAsync(Office);
        await ExecuteAsync(Group[1], MeetingVerbs.Coming, new { id });
        var copies = Group.ToDictionary(u => u.ConversationId,
            u => (string)Host.Fake.Requests.Single(r => r.ConversationId == u.ConversationId && r.Method == "POST").Response!["id"]!);
        Host.Fake.ClearRequests();

        var form = Sent.Text(await ExecuteAsync(Office, MeetingVerbs.Edit, new { id }));
        Assert.Contains("县政协三楼会议室", form);
        var tomorrow = Start.AddDays(1);
        var saved = Sent.Text(await ExecuteAsync(Office, MeetingVerbs.Reschedule, new Dictionary<string, string>
        {
            [MeetingVerbs.Id] = id,
            [MeetingForm.Date] = tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [MeetingForm.StartTime] = tomorrow.ToString("HH:mm", CultureInfo.InvariantCulture),
            [MeetingForm.EndTime] = tomorrow.AddHours(2).ToString("HH:mm", CultureInfo.InvariantCulture),
            [MeetingForm.Place] = "城关镇政府二楼会议室",
        }));

        Assert.Contains("城关镇政府二楼会议室", saved);
        await Eventually.HoldsAsync(() => Group.All(u => Host.Fake.Requests.Any(r => r.Method == "PUT" && r.ConversationId == u.ConversationId)),
            "every invitation was updated");
        await Task.Delay(300);
        foreach (var user in Group)
        {
            var put = Host.Fake.Requests.Single(r => r.Method == "PUT" && r.ConversationId == user.ConversationId);
            Assert.Equal(copies[user.ConversationId], put.ActivityId);
            Assert.Contains("城关镇政府二楼会议室", Sent.Text(Sent.Card(put.Body!)));
        }

        Assert.DoesNotContain(Host.Fake.Requests, r => r.Method == "POST" && Group.Any(u => u.ConversationId == r.ConversationId));
        Assert.Equal(nameof(MeetingReply.Coming), (await InviteeAsync(id, Group[1])).Reply);
        Assert.Equal(1, (await MeetingAsync(id)).Revision);
    }

    [Fact]
    public async Task Cancelling_TellsEveryInviteeOnce_AndStopsReplies()
    {
        var id = await CreateAsync(Office);
        Host.Fake.ClearRequests();

        Assert.Contains("确定取消", Sent.Text(await ExecuteAsync(Office, MeetingVerbs.Cancel, new { id })));
        Assert.Equal(MeetingState.Open, (await MeetingAsync(id)).Status);
        await ExecuteAsync(Office, MeetingVerbs.CancelConfirm, new { id });
        await ExecuteAsync(Office, MeetingVerbs.CancelConfirm, new { id });

        await Eventually.HoldsAsync(() => Group.All(u => Host.Fake.Requests.Any(r => r.Method == "PUT" && r.ConversationId == u.ConversationId)),
            "every invitation says cancelled");
        await Task.Delay(300);
        Assert.All(Group, u => Assert.Contains(u.Locale == "en-US" ? "This meeting is cancelled." : "本次会议已取消",
            Sent.Text(Sent.Card(Host.Fake.Requests.Single(r => r.Method == "PUT" && r.ConversationId == u.ConversationId).Body!))));
        Assert.Contains("本次会议已取消", Sent.Text(await ExecuteAsync(Group[1], MeetingVerbs.Coming, new { id })));
        Assert.Equal(nameof(MeetingReply.None), (await InviteeAsync(id, Group[1])).Reply);
    }

    [Fact]
    public async Task Reminders_GoTheDayBefore_ToThoseComing_AndAfterReplyBy_ToThoseSilent_OnceEach()
    {
        var tomorrow = Start.AddDays(1);
        var replyBy = LocalNow.AddMinutes(5);
        var form = new Dictionary<string, string>(Form())
        {
            [MeetingForm.Date] = tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [MeetingForm.ReplyByDate] = replyBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [MeetingForm.ReplyByTime] = replyBy.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
        var id = await CreateAsync(Office, form);
        await ExecuteAsync(Group[1], MeetingVerbs.Coming, new { id });
        await ExecuteAsync(Group[2], MeetingVerbs.Leave, new { id, reason = "出差" });
        Host.Fake.ClearRequests();
        var pass = Host.Services.GetRequiredService<MeetingReminders>();
        var today = DateOnly.FromDateTime(LocalNow);

        Assert.Equal(1, await pass.RunAsync(today, digestDay: false, CancellationToken.None)); // the day before: to Group[1] only
        Assert.Equal(0, await pass.RunAsync(today, digestDay: false, CancellationToken.None));
        Clock.Offset = TimeSpan.FromMinutes(10); // reply-by has passed
        Assert.Equal(1, await pass.RunAsync(today, digestDay: false, CancellationToken.None));
        Assert.Equal(0, await pass.RunAsync(today, digestDay: false, CancellationToken.None));

        await Eventually.HoldsAsync(() => Group.Skip(3).Append(Group[1]).All(u => Sent.Messages(Host.Fake, u).Count == 1),
            "the one coming is reminded, the silent are asked to reply"); // two jobs: either may be delivered first
        Assert.Contains("提醒：会议明天召开", Sent.Text(Sent.Card(Sent.Messages(Host.Fake, Group[1]).Single())));
        Assert.Contains("请回复：参加还是请假", Sent.Text(Sent.Card(Sent.Messages(Host.Fake, Group[3]).Single())));
        Assert.Empty(Sent.Messages(Host.Fake, Group[2]));
    }
}
