using LiaisonBot.Features.Meetings;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Meetings;

/// <summary>Invitations through the outbox, replies and leave with its approval, through the real pipeline and the fake connector.</summary>
public sealed class MeetingReplyTests : MeetingScenario
{
    private TestUser Member => Group[1];

    private TestUser Other => Group[2];

    [Fact]
    public async Task TheInvitation_ReachesEveryInvitee_InTheirLanguage_AndTheOrganiserCardFollowsTheReplies()
    {
        var id = await CreateAsync(Office);

        var chinese = Sent.Text(Sent.Card(Sent.Messages(Host.Fake, Member).Single()));
        var english = Sent.Text(Sent.Card(Sent.Messages(Host.Fake, Leader).Single()));
        Assert.Contains("协商会", chinese);
        Assert.Contains("县政协三楼会议室", chinese);
        Assert.Contains("请假审批\n本组组长审批", chinese);
        Assert.Contains("I will attend", english);
        Assert.Contains("Consultation meeting", english);

        var reply = Sent.Text(await ExecuteAsync(Member, MeetingVerbs.Coming, new { id }));
        Assert.Contains("✓ 您已回复参加", reply);
        Assert.Equal(nameof(MeetingReply.Coming), (await InviteeAsync(id, Member)).Reply);

        // The organiser's card (the one that pressed Send) is put again in place with the reply counted.
        await Eventually.HoldsAsync(() => Host.Fake.Requests.Any(r => r.Method == "PUT" && r.ConversationId == Office.ConversationId &&
            r.Body is not null && Sent.Text(Sent.Card(r.Body)).Contains("1\n参加")), "the organiser's card shows one coming");
        var status = Sent.Text(await ExecuteAsync(Office, MeetingVerbs.Status, new { id }));
        Assert.Contains($"{Group.Count}\n应到", status);
        Assert.Contains($"{Group.Count - 1}\n未回复", status);
    }

    [Fact]
    public async Task Leave_NeedsAReason_GoesToTheLeader_WhoAloneDecides_AndTheMemberSeesTheOutcome()
    {
        var id = await CreateAsync(Office);
        Host.Fake.ClearRequests();

        var noReason = Sent.Text(await ExecuteAsync(Member, MeetingVerbs.Leave, new { id, reason = "  " }));
        Assert.Contains("请假须填写事由", noReason);
        Assert.Equal(nameof(MeetingReply.None), (await InviteeAsync(id, Member)).Reply);

        var asked = Sent.Text(await ExecuteAsync(Member, MeetingVerbs.Leave, new { id, reason = "赴市里参加培训" }));
        Assert.Contains("已请假，等待审批", asked);
        await Eventually.HoldsAsync(() => Sent.Messages(Host.Fake, Leader).Count == 1, "the leader got the request");
        var request = Sent.Card(Sent.Messages(Host.Fake, Leader).Single());
        Assert.Contains($"Leave request: {Member.Name}", Sent.Text(request));
        Assert.Contains("赴市里参加培训", Sent.Text(request));
        await ExecuteAsync(Member, MeetingVerbs.Leave, new { id, reason = "赴市里参加培训" }); // a second press asks nobody again

        var byOther = Sent.Text(await ExecuteAsync(Other, MeetingVerbs.Decide, new { id, member = CodeOf(Member), approve = "true" }));
        Assert.Contains("只有本次会议指定的审批人", byOther);
        var refuseBare = Sent.Text(await ExecuteAsync(Leader, MeetingVerbs.Decide, new { id, member = CodeOf(Member), approve = "false" }));
        Assert.Contains("Give a reason to refuse.", refuseBare);
        Assert.Equal(nameof(LeaveState.Pending), (await InviteeAsync(id, Member)).Leave);

        var approved = Sent.Text(await ExecuteAsync(Leader, MeetingVerbs.Decide, new { id, member = CodeOf(Member), approve = "true" }));
        Assert.Contains($"Approved by {Leader.Name}", approved);
        await ExecuteAsync(Leader, MeetingVerbs.Decide, new { id, member = CodeOf(Member), approve = "false", note = "改主意" });
        Assert.Equal(nameof(LeaveState.Approved), (await InviteeAsync(id, Member)).Leave);
        await Eventually.HoldsAsync(() => Sent.Messages(Host.Fake, Member).Count == 1, "the member is told the outcome");
        Assert.Contains("您的请假已批准", Sent.Text(Sent.Card(Sent.Messages(Host.Fake, Member).Single())));
        Assert.Contains("✓ 请假已批准", Sent.Text(await ExecuteAsync(Member, MeetingVerbs.View, new { id })));
        await Task.Delay(300);
        Assert.Single(Sent.Messages(Host.Fake, Leader));
        Assert.Single(Sent.Messages(Host.Fake, Member));
    }

    [Fact]
    public async Task AMemberChangesTheirReply_UntilTheStart_ThenNoMore()
    {
        var id = await CreateAsync(Office, Form(approval: "None"));

        Assert.Contains("✓ 请假已批准", Sent.Text(await ExecuteAsync(Member, MeetingVerbs.Leave, new { id, reason = "生病" })));
        Assert.Contains("✓ 您已回复参加", Sent.Text(await ExecuteAsync(Member, MeetingVerbs.Coming, new { id })));
        Assert.Null((await InviteeAsync(id, Member)).LeaveReason);

        Clock.Offset = TimeSpan.FromMinutes(45); // the meeting has started
        Assert.Contains("会议已开始，不能再修改回复", Sent.Text(await ExecuteAsync(Member, MeetingVerbs.Leave, new { id, reason = "临时有事" })));
        Assert.Equal(nameof(MeetingReply.Coming), (await InviteeAsync(id, Member)).Reply);
    }

    [Fact]
    public async Task ALeader_InvitesTheirOwnGroup_WhateverTheCardSays()
    {
        var id = await CreateAsync(Leader, Form(groups: "T02"));

        var m = await MeetingAsync(id);
        Assert.Equal(SampleRoster.Roster.MembersOf("T01").Select(x => x.Code), m.InviteeCodes);
        Assert.Equal(CodeOf(Leader), m.OrganiserCode);
    }

    [Fact]
    public async Task PressingSendTwice_SendsOneMeeting()
    {
        var id = Guid.NewGuid().ToString("N");
        var form = new Dictionary<string, string>(Form()) { [MeetingVerbs.Id] = id };
        await ExecuteAsync(Office, MeetingVerbs.Create, form);
        await ExecuteAsync(Office, MeetingVerbs.Create, form);

        await Eventually.HoldsAsync(() => Group.All(u => Sent.Messages(Host.Fake, u).Count == 1), "each invitee got it");
        await Task.Delay(300);
        Assert.All(Group, u => Assert.Single(Sent.Messages(Host.Fake, u)));
        Assert.Single(await Host.RowsAsync(MeetingStore.Table));
    }

    [Fact]
    public async Task ABadForm_ComesBackWithItsErrors_AndNothingIsSent()
    {
        var form = new Dictionary<string, string>(Form()) { [MeetingVerbs.Id] = Guid.NewGuid().ToString("N"), [MeetingForm.EndTime] = "08:00", [MeetingForm.Place] = "" };
        form[MeetingForm.StartTime] = "09:00";

        var card = Sent.Text(await ExecuteAsync(Office, MeetingVerbs.Create, form));

        Assert.Contains("结束时间须晚于开始时间", card);
        Assert.Contains("城关镇联络组三季度协商会", card); // what was typed is kept
        Assert.Empty(await Host.RowsAsync(MeetingStore.Table));
        await Task.Delay(200);
        Assert.DoesNotContain(Host.Fake.Requests, r => r.Method == "POST" && Group.Any(u => u.ConversationId == r.ConversationId));
    }
}
