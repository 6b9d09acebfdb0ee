using System.Text.Json.Nodes;
using LiaisonBot.Features.Reports;
using LiaisonBot.Features.Reports.Verification;
using LiaisonBot.Tests.Features.Broadcasts;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Reports;

/// <summary>
/// Leaders verify (核实) or return (退回) their group's reports, the secretariat anyone's and alone the leaders' own;
/// nobody their own. The author sees where a report stands, is told when it comes back, corrects it and it waits again.
/// </summary>
public sealed class ReportVerificationTests : IAsyncLifetime
{
    private BotHost host = null!;
    private TestUser leader = null!;
    private TestUser member = null!;
    private TestUser office = null!;
    private TestUser otherLeader = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(BroadcastTesting.Settings);
        await host.ImportRosterAsync();
        leader = TestUser.Of(SampleRoster.Leader, host);
        member = TestUser.Of(SampleRoster.Member, host);
        office = TestUser.Of(SampleRoster.Secretariat, host);
        otherLeader = TestUser.Of(SampleRoster.Roster.ByCode("M007")!, host);
        await host.PostAsync(member.Installation("add"));
        await host.PostAsync(member.Install());
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TheLeaderVerifiesAMembersReport_InOneTap_AndTheMemberSeesWhoVerifiedIt()
    {
        var receipt = await SubmitAsync(member, "走访养老服务站");
        Assert.Contains($"等待{SampleRoster.Leader.Name}核实。", Sent.Text(receipt));

        await host.PostAsync(leader.Message("待核实"));
        var list = Sent.Card(Sent.Messages(host.Fake, leader).Last());
        Assert.Contains("共 1 条待核实", Sent.Text(list));
        Assert.Contains($"{SampleRoster.Member.Name} · 调研", Sent.Text(list));

        var after = await ExecuteAsync(leader, ReportVerbs.Verify, Sent.Data(list, ReportVerbs.Verify));

        Assert.Contains("✓ 已核实：走访养老服务站", Sent.Text(after));
        Assert.Contains("没有等待核实的报告。", Sent.Text(after));
        var row = Assert.Single(await host.RowsAsync(ReportStore.Table));
        Assert.Equal(("Verified", SampleRoster.Leader.Code), (row.GetString("Review"), row.GetString("ReviewedBy")));
        var opened = Sent.Text(await ExecuteAsync(member, ReportVerbs.Open, new { reportId = row.RowKey }));
        Assert.Contains($"✓ {SampleRoster.Leader.Name}已于", opened);
        Assert.Contains("已核实", Sent.Text(await ExecuteAsync(member, ReportVerbs.Mine)));
        var group = Sent.Text(await ExecuteAsync(leader, ReportVerbs.Group));
        Assert.Contains("已核实 1 条 · 待核实 0 条", group);
        Assert.Contains($"{SampleRoster.Member.Name}\n1（已核实 1，待核实 0）", group);
    }

    [Fact]
    public async Task AReturnedReport_NeedsAReason_ReachesTheAuthor_AndWaitsAgainOnceCorrected()
    {
        var receipt = await SubmitAsync(member, "调研");
        var list = await ExecuteAsync(leader, ReportVerbs.ToVerify);
        var ask = await ExecuteAsync(leader, ReportVerbs.Return, Sent.Data(list, ReportVerbs.Return));

        var empty = await ExecuteAsync(leader, ReportVerbs.ReturnConfirm, new Dictionary<string, string>(Sent.Data(ask, ReportVerbs.ReturnConfirm)) { [ReportVerbs.Reason] = "  " });
        Assert.Contains("必填", Sent.Text(empty));
        Assert.Equal("Submitted", Assert.Single(await host.RowsAsync(ReportStore.Table)).GetString("Review"));

        var returned = await ExecuteAsync(leader, ReportVerbs.ReturnConfirm,
            new Dictionary<string, string>(Sent.Data(ask, ReportVerbs.ReturnConfirm)) { [ReportVerbs.Reason] = "请写明调研地点和参加人员" });
        Assert.Contains($"↩ 已退回给{SampleRoster.Member.Name}：调研", Sent.Text(returned));
        await Eventually.HoldsAsync(() => Sent.Messages(host.Fake, member).Any(m => Sent.Text(Sent.Card(m)).Contains("请写明调研地点和参加人员")), "the author is told");
        Assert.Equal("Returned", Assert.Single(await host.RowsAsync(ReportStore.Table)).GetString("Review"));

        var corrected = Sent.Text(await EditAsync(receipt, "赴城关镇敬老院调研"));
        Assert.Contains($"等待{SampleRoster.Leader.Name}核实。", corrected);
        var again = Sent.Text(await ExecuteAsync(leader, ReportVerbs.ToVerify));
        Assert.Contains("赴城关镇敬老院调研", again);
        Assert.Contains("委员已修改后重新提交。", again);
    }

    [Fact]
    public async Task ALeadersOwnReport_WaitsForTheSecretariat_FirstInItsList_AndTheLeaderCannotVerifyIt()
    {
        await SubmitAsync(member, "委员的报告");
        var own = await SubmitAsync(leader, "组长的报告");
        Assert.Contains("等待办公室核实。", Sent.Text(own));

        var leaders = Sent.Text(await ExecuteAsync(leader, ReportVerbs.ToVerify));
        Assert.DoesNotContain("组长的报告", leaders);

        var forged = await ExecuteAsync(leader, ReportVerbs.Verify, IdsOf(await host.RowsAsync(ReportStore.Table), SampleRoster.Leader.Code));
        Assert.Contains("您不能核实该报告", Sent.Text(forged));

        var officeList = await ExecuteAsync(office, ReportVerbs.ToVerify);
        var text = Sent.Text(officeList);
        Assert.True(text.IndexOf("组长的报告", StringComparison.Ordinal) < text.IndexOf("委员的报告", StringComparison.Ordinal), text);
        await ExecuteAsync(office, ReportVerbs.Verify, Sent.Data(officeList, ReportVerbs.Verify));
        var rows = await host.RowsAsync(ReportStore.Table);
        Assert.Equal("Verified", rows.Single(r => r.PartitionKey == SampleRoster.Leader.Code).GetString("Review"));
        Assert.Equal("Submitted", rows.Single(r => r.PartitionKey == SampleRoster.Member.Code).GetString("Review"));
    }

    [Fact]
    public async Task NobodyOutsideTheGroup_OrWithoutTheRole_CanVerify_WhateverTheCardSays()
    {
        await SubmitAsync(member, "调研");
        var ids = IdsOf(await host.RowsAsync(ReportStore.Table), SampleRoster.Member.Code);

        var byMember = Sent.Text(await ExecuteAsync(TestUser.Of(SampleRoster.Roster.ByCode("M005")!, host), ReportVerbs.Verify, ids));
        var byOtherLeader = Sent.Text(await ExecuteAsync(otherLeader, ReportVerbs.Verify, ids));
        var byAuthor = Sent.Text(await ExecuteAsync(member, ReportVerbs.ReturnConfirm, new Dictionary<string, string>(ids) { [ReportVerbs.Reason] = "x" }));

        Assert.Contains("只有组长或办公室可以进行此操作", byMember);
        Assert.Contains("您不能核实该报告", byOtherLeader);
        Assert.Contains("只有组长或办公室可以进行此操作", byAuthor);
        Assert.Equal("Submitted", Assert.Single(await host.RowsAsync(ReportStore.Table)).GetString("Review"));
        Assert.DoesNotContain("调研", Sent.Text(await ExecuteAsync(otherLeader, ReportVerbs.ToVerify)));
    }

    [Fact]
    public async Task AVerdictOnAnOlderVersion_OrASecondVerdict_ChangesNothing_AndSaysWhy()
    {
        var receipt = await SubmitAsync(member, "调研");
        var list = await ExecuteAsync(leader, ReportVerbs.ToVerify);
        await EditAsync(receipt, "调研（改）");

        var stale = Sent.Text(await ExecuteAsync(leader, ReportVerbs.Verify, Sent.Data(list, ReportVerbs.Verify)));
        Assert.Contains("委员刚刚修改了该报告", stale);
        Assert.Contains("调研（改）", stale);
        Assert.Equal("Submitted", Assert.Single(await host.RowsAsync(ReportStore.Table)).GetString("Review"));

        var fresh = await ExecuteAsync(leader, ReportVerbs.ToVerify);
        await ExecuteAsync(leader, ReportVerbs.Verify, Sent.Data(fresh, ReportVerbs.Verify));
        var twice = Sent.Text(await ExecuteAsync(leader, ReportVerbs.Return, Sent.Data(fresh, ReportVerbs.Verify)));
        Assert.Contains("该报告已被核实或退回", twice);
        Assert.Equal("Verified", Assert.Single(await host.RowsAsync(ReportStore.Table)).GetString("Review"));
    }

    [Fact]
    public async Task OnTheDigestDay_EachReviewerHearsOnceWhatWaitsForThem_AndNobodyElse()
    {
        foreach (var reviewer in new[] { leader, office })
        {
            await host.PostAsync(reviewer.Installation("add"));
            await host.PostAsync(reviewer.Install());
        }
        await SubmitAsync(member, "委员的报告");
        await SubmitAsync(TestUser.Of(SampleRoster.Roster.ByCode("M005")!, host), "另一位委员的报告");
        await SubmitAsync(leader, "组长的报告");
        var digest = host.Services.GetRequiredService<VerificationDigest>();
        var today = ReportSamples.Today;

        Assert.Equal(0, await digest.RunAsync(today, digestDay: false, CancellationToken.None));
        Assert.Equal(2, await digest.RunAsync(today, digestDay: true, CancellationToken.None));
        Assert.Equal(0, await digest.RunAsync(today, digestDay: true, CancellationToken.None));

        await Eventually.HoldsAsync(() => Told(leader).Count == 1 && Told(office).Count == 1, "both reviewers are told");
        Assert.Contains("有 2 条报告等待您核实", Told(leader)[0]);
        Assert.Contains("有 1 条报告等待您核实", Told(office)[0]);
        Assert.Empty(Told(member));

        List<string> Told(TestUser user) => [.. Sent.Messages(host.Fake, user).Select(m => Sent.Text(Sent.Card(m))).Where(text => text.Contains("等待您核实"))];
    }

    private static Dictionary<string, string> IdsOf(IEnumerable<Azure.Data.Tables.TableEntity> rows, string author)
    {
        var row = rows.Single(r => r.PartitionKey == author);
        return new Dictionary<string, string> { [ReportVerbs.Author] = author, [ReportVerbs.ReportId] = row.RowKey, [ReportVerbs.ETag] = row.ETag.ToString() };
    }

    /// <summary>The member opens the report from its receipt, changes the title and saves, as the edit form sends it.</summary>
    private async Task<JsonNode> EditAsync(JsonNode receipt, string title)
    {
        var form = await ExecuteAsync(member, ReportVerbs.Edit, Sent.Data(receipt, ReportVerbs.Edit));
        var fields = ReportSamples.Form(title: title);
        foreach (var (key, value) in Sent.Data(form, ReportVerbs.Submit))
        {
            fields[key] = value;
        }

        return await ExecuteAsync(member, ReportVerbs.Submit, fields);
    }

    private async Task<JsonNode> SubmitAsync(TestUser user, string title)
    {
        var fields = ReportSamples.Form(title: title);
        fields[ReportVerbs.FormId] = Guid.NewGuid().ToString("N");
        return await ExecuteAsync(user, ReportVerbs.Submit, fields);
    }

    private async Task<JsonNode> ExecuteAsync(TestUser user, string verb, object? data = null) =>
        await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(verb, data)));
}
