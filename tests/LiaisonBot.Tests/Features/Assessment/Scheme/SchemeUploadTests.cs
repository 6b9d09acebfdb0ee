using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Tests.Features.DutyFile.Points;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LiaisonBot.Tests.Features.Assessment.Scheme;

/// <summary>
/// The scheme through the real pipeline: the secretariat attaches the workbook in their chat, the year's row holds it,
/// the scheme card shows it; a leader's attachment, a bad workbook and an approved year change nothing.
/// </summary>
public sealed class SchemeUploadTests : IAsyncLifetime
{
    private static readonly int Year = ReportSamples.Today.Year;
    private static readonly AssessmentScheme Sample = SchemeTemplate.In(Year);

    private BotHost host = null!;
    private TestUser office = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(new Dictionary<string, string?> { ["Uploads:DownloadHosts:0"] = "127.0.0.1" });
        await host.ImportRosterAsync();
        office = TestUser.Of(SampleRoster.Secretariat, host);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TheSecretariatsWorkbook_IsStoredAsTheYearsScheme_AndAnsweredInWords()
    {
        var answer = await AttachAsync(office, SchemeTemplate.Workbook(Sample));

        Assert.Contains($"导入成功：{Year}年度考核方案已保存。", answer);
        Assert.Contains($"自评截止\n{Year}年12月31日", answer);
        Assert.Contains("乡镇联络组满分\n100 分", answer);
        Assert.Contains("县直机关联络组满分\n95 分，折算为 100 分", answer);
        Assert.Contains("加分上限\n10 分", answer);
        Assert.Contains("表彰名额\n前 3 名（并列的一并表彰）", answer);
        Assert.Contains("自身建设 · 20 分", answer);
        Assert.Contains($"年度计划按时报送\n5 分 · 自动计算：年度计划在 {Year}年3月31日 前报送", answer);
        Assert.Contains("人均核实履职记录\n10 分 · 自动计算：人均核实履职记录，每人 4 条得满分", answer);
        Assert.Contains("县委对乡镇政协工作评分\n5 分 · 办公室录入 · 仅乡镇", answer);
        Assert.Contains("活动台账和履职档案齐全\n5 分 · 联络组自评，办公室审核", answer);
        Assert.Contains("合格\n60 分以上", answer);

        var row = Assert.Single(await host.RowsAsync(AssessmentStore.Table));
        Assert.Equal(($"{Year}", nameof(AssessmentState.Scheme), SampleRoster.Secretariat.Name, "考核方案.xlsx", AssessmentJson.Write(Sample)),
            (row.RowKey, row.GetString("State"), row.GetString("SchemeBy"), row.GetString("SchemeFile"), row.GetString("Scheme")));
        Assert.Contains("没有变化", await AttachAsync(office, SchemeTemplate.Workbook(Sample)));
    }

    [Fact]
    public async Task TheSchemeCard_ShowsTheYearsScheme_AndLinksTheTemplateInTheReadersLanguage()
    {
        Assert.Contains($"{Year}年度尚未导入考核方案", Sent.Text(await SchemeCardAsync(office)));
        await AttachAsync(office, SchemeTemplate.Workbook(Sample));

        foreach (var (user, file, shown) in new[]
        {
            (office, SchemeTemplate.File, "计划落实 · 30 分"),
            (TestUser.Of(SampleRoster.Secretariat, host, "en"), SchemeTemplate.EnglishFile, "Plan tasks done on time\n20 pts · computed: share of plan tasks done on time"),
        })
        {
            var card = await SchemeCardAsync(user);
            Assert.Contains(shown, Sent.Text(card));
            var link = Assert.Single(Sent.Links(card));
            Assert.Equal(await File.ReadAllBytesAsync(RepoTools.PathOf("samples", file)), await host.Client.GetByteArrayAsync(link.PathAndQuery));
        }
    }

    [Fact]
    public async Task OnlyTheSecretariat_LoadsOrSeesTheScheme()
    {
        var before = await SnapshotAsync();
        var leader = TestUser.Of(SampleRoster.Leader, host);

        Assert.Contains("只有办公室可以在这里导入文件", await AttachAsync(leader, SchemeTemplate.Workbook(Sample)));
        Assert.Equal(before, await SnapshotAsync());
        foreach (var who in new[] { Who.Member, Who.Leader, Who.StandingCommittee, Who.Stranger })
        {
            var text = Sent.Text(await SchemeCardAsync(who.User(host)));
            Assert.True(text.Contains("可以进行此操作") || text.Contains("您还不在委员名册中"), text);
        }
    }

    [Fact]
    public async Task AYearNotApproved_HasItsSchemeReplaced_AnOpenOneStaysOpen_AnApprovedOneRefuses()
    {
        await AttachAsync(office, SchemeTemplate.Workbook(Sample));
        Assert.Contains($"{Year}年度考核方案已替换。", await AttachAsync(office, SchemeTemplate.Workbook(Sample with { BonusCap = 20 })));
        Assert.Equal((20m, AssessmentState.Scheme), await StoredAsync());

        var store = host.Services.GetRequiredService<AssessmentStore>();
        await store.ChangeAsync(Year, a => Set(a, AssessmentState.Open), CancellationToken.None);
        var answer = await AttachAsync(office, SchemeTemplate.Workbook(Sample with { BonusCap = 15 }));
        Assert.Contains("考核已开始，各组的计算得分已按新方案重新计算。", answer);
        Assert.Equal((15m, AssessmentState.Open), await StoredAsync());
        var groups = await store.GroupsAsync(Year, CancellationToken.None);
        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.NotNull(g.ReadFigures()));
        Assert.Equal("县政协办公室", (await store.FindAsync(Year, CancellationToken.None))!.OpenedBy);

        await store.ChangeAsync(Year, a => Set(a, AssessmentState.Approved), CancellationToken.None);
        var before = await SnapshotAsync();
        var refusal = await AttachAsync(office, SchemeTemplate.Workbook(Sample with { BonusCap = 5 }));
        Assert.Contains($"{Year}年度考核已审定，方案不能再更换。未导入任何内容。", refusal);
        Assert.Equal(before, await SnapshotAsync());

        var card = await SchemeCardAsync(office);
        Assert.Contains("考核已审定，方案不再更换。", Sent.Text(card));
        Assert.Empty(Sent.Links(card));
    }

    [Fact]
    public async Task AWorkbookWithProblems_IsAnsweredBySheetAndRow_AndChangesNothing()
    {
        await AttachAsync(office, SchemeTemplate.Workbook(Sample));
        var before = await SnapshotAsync();
        var sheets = SchemeTemplate.Sheets(Sample with { BonusCap = 20 });
        sheets["考核项目"] = RuleFileTests.Replace(sheets["考核项目"], ("20", "0"), ("乡镇", "街道"));

        var answer = await AttachAsync(office, RulesTemplate.Workbook(sheets));

        Assert.Contains("未导入任何内容：文件中有 2 处需要修改。", answer);
        Assert.Contains("考核项目表第 6 行：“分值”应大于 0。", answer);
        Assert.Contains("考核项目表第 11 行：“街道”不是有效的“适用”。可填：全部、乡镇、部门。", answer);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task ThePointsRules_AndTheScheme_EachGoToTheirOwnImport()
    {
        Assert.Contains("导入成功，已重新计算", await AttachAsync(office, RulesTemplate.Workbook(RulesTemplate.Expected with { Year = Year })));
        Assert.Empty(await host.RowsAsync(AssessmentStore.Table));

        var points = await host.SnapshotAsync(PointsRulesStore.Table, DutyPointsStore.Table);
        Assert.Contains("考核方案已保存", await AttachAsync(office, SchemeTemplate.Workbook(Sample)));
        Assert.Equal(points, await host.SnapshotAsync(PointsRulesStore.Table, DutyPointsStore.Table));
    }

    /// <summary>What the process does when it opens or approves the year: only the state matters here.</summary>
    private static bool Set(AssessmentEntity year, AssessmentState state)
    {
        year.State = state.ToString();
        year.OpenedBy ??= "县政协办公室";
        return true;
    }

    private async Task<string> AttachAsync(TestUser user, byte[] workbook)
    {
        host.Fake.ClearRequests();
        Assert.Equal(200, (int)(await host.PostAsync(user.Attach("考核方案.xlsx", host.Fake.AddFile(workbook)))).StatusCode);
        return Sent.Text(Sent.Card(Sent.Messages(host.Fake, user).Single()));
    }

    private async Task<System.Text.Json.Nodes.JsonNode> SchemeCardAsync(TestUser user) =>
        await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(AssessmentVerbs.Scheme, new { year = $"{Year}" })));

    private async Task<(decimal BonusCap, AssessmentState State)> StoredAsync()
    {
        var year = await host.Services.GetRequiredService<AssessmentStore>().FindAsync(Year, CancellationToken.None);
        return (year!.ReadScheme().BonusCap, year.Status);
    }

    private Task<List<string>> SnapshotAsync() => host.SnapshotAsync(AssessmentStore.Table, AssessmentStore.GroupTable, PointsRulesStore.Table);
}
