using System.Text.Json.Nodes;
using LiaisonBot.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Reports;

/// <summary>
/// Whoever organises records it (谁组织谁记录): a leader records an activity for members of the group, each gets it
/// verified in their own reports with the organiser named, can only dispute it, and a dispute goes back to the
/// organiser. A member's own report of the same activity counts once.
/// </summary>
public sealed class ReportOrganisedTests : IAsyncLifetime
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
    public async Task ALeaderRecordsForTwoMembers_EachGetsItVerified_WithTheOrganiserNamed_AndOnlyADisputeButton()
    {
        var form = await ExecuteAsync(leader, ReportVerbs.RecordFor);
        Assert.Contains("为委员记录活动", Sent.Text(form));
        var fields = Fields(Sent.Data(form, ReportVerbs.Record), "M004,M005");

        var done = Sent.Text(await ExecuteAsync(leader, ReportVerbs.Record, fields));
        await ExecuteAsync(leader, ReportVerbs.Record, fields); // a second delivery

        Assert.Contains("✓ 已为 2 位委员记录", done);
        var rows = await host.RowsAsync(ReportStore.Table);
        Assert.Equal(["M004", "M005"], rows.Select(r => r.PartitionKey).Order());
        Assert.All(rows, r => Assert.Equal(("Verified", "M001", "M001"), (r.GetString("Review"), r.GetString("ReviewedBy"), r.GetString("OrganizedBy"))));
        var receipt = await ExecuteAsync(member, ReportVerbs.Open, new { reportId = rows[0].RowKey });
        Assert.Contains($"由组织者{SampleRoster.Leader.Name}记录", Sent.Text(receipt));
        Assert.Equal([ReportVerbs.Dispute, ReportVerbs.Mine], Sent.Verbs(receipt));

        // Whatever the card says, the member cannot change the organiser's record.
        var edit = await ExecuteAsync(member, ReportVerbs.Edit, new { reportId = rows[0].RowKey });
        var withdraw = await ExecuteAsync(member, ReportVerbs.WithdrawConfirm, new { reportId = rows[0].RowKey, reason = "不想要" });
        Assert.DoesNotContain(ReportVerbs.Submit, Sent.Verbs(edit));
        Assert.DoesNotContain("撤回", Sent.Text(withdraw));
        Assert.All(await host.RowsAsync(ReportStore.Table), r => Assert.False(r.GetBoolean("Withdrawn")));
    }

    [Fact]
    public async Task NoMember_AMemberOfAnotherGroup_OrTheOrganiserThemself_IsRefusedBesideTheField_AndNothingIsStored()
    {
        var form = Sent.Data(await ExecuteAsync(leader, ReportVerbs.RecordFor), ReportVerbs.Record);

        var none = Sent.Text(await ExecuteAsync(leader, ReportVerbs.Record, Fields(form, "")));
        var other = Sent.Text(await ExecuteAsync(leader, ReportVerbs.Record, Fields(form, "M004,M007")));
        var self = Sent.Text(await ExecuteAsync(leader, ReportVerbs.Record, Fields(form, "M001")));
        var byMember = Sent.Text(await ExecuteAsync(member, ReportVerbs.Record, Fields(form, "M005")));

        Assert.Contains("必填", none);
        Assert.Contains("只能选择您可以代为记录的委员（不含您本人）", other);
        Assert.Contains("只能选择您可以代为记录的委员（不含您本人）", self);
        Assert.Contains("只有组长或办公室可以进行此操作", byMember);
        Assert.Empty(await host.RowsAsync(ReportStore.Table));
    }

    [Fact]
    public async Task ADisputedRecord_StopsCounting_GoesBackToTheOrganiser_WhoRemovesOrKeepsIt()
    {
        await ExecuteAsync(leader, ReportVerbs.Record, Fields(Sent.Data(await ExecuteAsync(leader, ReportVerbs.RecordFor), ReportVerbs.Record), "M004"));
        await ExecuteAsync(leader, ReportVerbs.Record, Fields(Sent.Data(await ExecuteAsync(leader, ReportVerbs.RecordFor), ReportVerbs.Record), "M004", "第二次视察"));
        var rows = await host.RowsAsync(ReportStore.Table);
        Assert.Contains("共 2 条", Sent.Text(await ExecuteAsync(leader, ReportVerbs.Group)));

        foreach (var row in rows)
        {
            var ask = await ExecuteAsync(member, ReportVerbs.Dispute, new { reportId = row.RowKey });
            var disputed = Sent.Text(await ExecuteAsync(member, ReportVerbs.DisputeConfirm,
                new Dictionary<string, string>(Sent.Data(ask, ReportVerbs.DisputeConfirm)) { [ReportVerbs.Reason] = "我当天没有参加" }));
            Assert.Contains("您已对此记录提出异议：我当天没有参加", disputed);
        }

        Assert.Contains("共 0 条", Sent.Text(await ExecuteAsync(leader, ReportVerbs.Group)));
        var list = await ExecuteAsync(leader, ReportVerbs.ToVerify);
        Assert.Contains($"{SampleRoster.Member.Name}对此记录提出异议：我当天没有参加", Sent.Text(list));

        var removed = await ExecuteAsync(leader, ReportVerbs.Remove, Sent.Data(list, ReportVerbs.Remove));
        Assert.Contains("已删除", Sent.Text(removed));
        var kept = Sent.Text(await ExecuteAsync(leader, ReportVerbs.Keep, Sent.Data(removed, ReportVerbs.Keep)));
        Assert.Contains("✓ 已保留", kept);
        Assert.Contains("没有等待核实的报告。", kept);
        var after = await host.RowsAsync(ReportStore.Table);
        Assert.Single(after, r => r.GetBoolean("Withdrawn") == true);
        Assert.Single(after, r => r.GetBoolean("Withdrawn") != true && r.GetString("Review") == "Verified");
        Assert.Contains("共 1 条", Sent.Text(await ExecuteAsync(leader, ReportVerbs.Group)));
    }

    [Fact]
    public async Task OnlyTheOrganiserOrTheSecretariat_SettlesADispute_WhateverTheCardSays()
    {
        await ExecuteAsync(leader, ReportVerbs.Record, Fields(Sent.Data(await ExecuteAsync(leader, ReportVerbs.RecordFor), ReportVerbs.Record), "M004"));
        var row = Assert.Single(await host.RowsAsync(ReportStore.Table));
        var ask = await ExecuteAsync(member, ReportVerbs.Dispute, new { reportId = row.RowKey });
        await ExecuteAsync(member, ReportVerbs.DisputeConfirm, new Dictionary<string, string>(Sent.Data(ask, ReportVerbs.DisputeConfirm)) { [ReportVerbs.Reason] = "没有参加" });
        var disputed = Assert.Single(await host.RowsAsync(ReportStore.Table));
        var ids = new Dictionary<string, string> { [ReportVerbs.Author] = "M004", [ReportVerbs.ReportId] = disputed.RowKey, [ReportVerbs.ETag] = disputed.ETag.ToString() };

        var otherLeader = Sent.Text(await ExecuteAsync(TestUser.Of(SampleRoster.Roster.ByCode("M007")!, host), ReportVerbs.Keep, ids));
        var author = Sent.Text(await ExecuteAsync(member, ReportVerbs.Remove, ids));
        var memberList = Sent.Text(await ExecuteAsync(member, ReportVerbs.ToVerify));

        Assert.Contains("您不能核实该报告", otherLeader);
        Assert.Contains("只有组长或办公室可以进行此操作", author);
        Assert.Contains("只有组长或办公室可以进行此操作", memberList);
        var after = Assert.Single(await host.RowsAsync(ReportStore.Table));
        Assert.Equal(("Disputed", false), (after.GetString("Review"), after.GetBoolean("Withdrawn") ?? false));

        var kept = Sent.Text(await ExecuteAsync(TestUser.Of(SampleRoster.Secretariat, host), ReportVerbs.Keep, ids));
        Assert.Contains("✓ 已保留", kept);
    }

    [Fact]
    public async Task AMembersOwnReportOfTheSameActivity_CountsOnce_TheOrganisersRecordWins()
    {
        var own = ReportSamples.Form(title: "我自己上报的调研");
        own[ReportVerbs.FormId] = Guid.NewGuid().ToString("N");
        await ExecuteAsync(member, ReportVerbs.Submit, own);
        await ExecuteAsync(leader, ReportVerbs.Record, Fields(Sent.Data(await ExecuteAsync(leader, ReportVerbs.RecordFor), ReportVerbs.Record), "M004"));

        Assert.Equal(2, (await host.RowsAsync(ReportStore.Table)).Count);
        var group = Sent.Text(await ExecuteAsync(leader, ReportVerbs.Group));
        Assert.Contains("共 1 条", group);
    }

    /// <summary>The report sample (research yesterday) recorded for <paramref name="members"/>, with the form's own data.</summary>
    private static Dictionary<string, object?> Fields(Dictionary<string, string> formData, string members, string title = "组织委员视察养老服务站")
    {
        var fields = ReportSamples.Form(title: title, participants: members);
        foreach (var (key, value) in formData)
        {
            fields[key] = value;
        }

        return fields;
    }

    private async Task<JsonNode> ExecuteAsync(TestUser user, string verb, object? data = null) =>
        await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(verb, data)));
}
