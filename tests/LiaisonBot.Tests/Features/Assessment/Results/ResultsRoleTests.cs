using System.Net;
using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Tests.Infrastructure;
using MiniExcelLibs;

namespace LiaisonBot.Tests.Features.Assessment.Results;

/// <summary>
/// The results' verbs through the bot's endpoint, on a year open (2026) and a year approved (2025) written through
/// <see cref="AssessmentStore"/> on Azurite: every verb pressed by every kind of user with card data naming another
/// group; a leader only ever sees their own group; the ranking stays the secretariat's until approval; the links give
/// their files and nothing else.
/// </summary>
public sealed class ResultsRoleTests(SharedBotHost<ResultsRoleTests> shared) : IClassFixture<SharedBotHost<ResultsRoleTests>>, ISharedBotHost
{
    private const string Approved = "2025";

    private static readonly Dictionary<string, Who[]> AllowedBy = new()
    {
        [AssessmentVerbs.Scorecard] = [Who.Leader, Who.Secretariat],
        [AssessmentVerbs.Figure] = [Who.Leader, Who.Secretariat],
        [AssessmentVerbs.Ranking] = [Who.Member, Who.Leader, Who.StandingCommittee, Who.Secretariat],
        [AssessmentVerbs.Export] = [Who.Secretariat],
        [AssessmentVerbs.Print] = [Who.Leader, Who.Secretariat],
    };

    public static TheoryData<string, Who> Presses()
    {
        var data = new TheoryData<string, Who>();
        foreach (var verb in AllowedBy.Keys)
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                data.Add(verb, who);
            }
        }

        return data;
    }

    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
        var store = host.Services.GetRequiredService<AssessmentStore>();
        await ResultsSamples.SeedAsync(store, AssessmentState.Open);
        await ResultsSamples.SeedAsync(store, AssessmentState.Approved, year: 2025);
        return host;
    }

    [Theory]
    [MemberData(nameof(Presses))]
    public async Task OnlyThoseAVerbIsFor_GetPastTheRoleCheck(string verb, Who who)
    {
        var host = shared.ForNextTest();
        var before = await host.SnapshotAsync(AssessmentStore.Table, AssessmentStore.GroupTable);

        var card = Sent.Text(await PressAsync(host, who, verb, new { year = "2026", group = "T02", item = "P1" }));

        var refused = card.Contains("可以进行此操作") || card.Contains("您还不在委员名册中");
        Assert.Equal(!AllowedBy[verb].Contains(who), refused);
        Assert.Equal(before, await host.SnapshotAsync(AssessmentStore.Table, AssessmentStore.GroupTable));
    }

    [Theory]
    [InlineData(AssessmentVerbs.Scorecard)]
    [InlineData(AssessmentVerbs.Figure)]
    public async Task ALeader_NamingAnotherGroup_SeesOnlyTheirOwn(string verb)
    {
        var host = shared.ForNextTest();

        var card = Sent.Text(await PressAsync(host, Who.Leader, verb, new { year = "2026", group = "T02", item = "P1" }));

        Assert.Contains("城关镇联络组", card);
        Assert.DoesNotContain("河口镇联络组", card);
    }

    [Fact]
    public async Task TheSecretariat_SeesAnyGroup_AndTheRankingBeforeApproval()
    {
        var host = shared.ForNextTest();

        var scorecard = Sent.Text(await PressAsync(host, Who.Secretariat, AssessmentVerbs.Scorecard, new { year = "2026", group = "T02" }));
        var ranking = Sent.Text(await PressAsync(host, Who.Secretariat, AssessmentVerbs.Ranking, new { year = "2026" }));

        Assert.Contains("河口镇联络组 · 2026年度考核", scorecard);
        Assert.Contains("尚未审定，仅办公室可见", ranking);
        Assert.Contains("政法界联络组", ranking);
    }

    [Theory]
    [InlineData(Who.Member)]
    [InlineData(Who.Leader)]
    public async Task TheRanking_IsPublishedOnlyOnceApproved(Who who)
    {
        var host = shared.ForNextTest();

        var open = Sent.Text(await PressAsync(host, who, AssessmentVerbs.Ranking, new { year = "2026" }));
        var approved = Sent.Text(await PressAsync(host, who, AssessmentVerbs.Ranking, new { year = Approved }));

        Assert.Contains("2026年度考核结果经主席会议审定后公布", open);
        Assert.DoesNotContain("河口镇联络组", open);
        Assert.Contains("2025年度联络组考核排名", approved);
        Assert.Contains("受表彰：", approved);
        Assert.Contains("河口镇联络组", approved);
    }

    [Fact]
    public async Task TheExport_GivesTheWorkbook_AndEveryScorecard_AForgedLinkNothing()
    {
        var host = shared.ForNextTest();

        var links = Sent.Links(await PressAsync(host, Who.Secretariat, AssessmentVerbs.Export, new { year = Approved }));

        using var workbook = await host.Client.GetAsync(links[0].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal(AssessmentWorkbook.ContentType, workbook.Content.Headers.ContentType?.MediaType);
        using var sheets = new MemoryStream(await workbook.Content.ReadAsByteArrayAsync());
        Assert.Equal(25, MiniExcel.GetSheetNames(sheets).Count);
        using var pdf = await host.Client.GetAsync(links[1].PathAndQuery);
        Assert.Equal(ResultsExport.PdfType, pdf.Content.Headers.ContentType?.MediaType);
        using var all = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        Assert.True(all.NumberOfPages >= 24, $"{all.NumberOfPages} pages");
        var forged = links[0].PathAndQuery[..^4] + (links[0].PathAndQuery.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync(ResultsLinks.Path + "nothing")).StatusCode);
    }

    [Fact]
    public async Task ALeadersPrint_IsTheirOwnGroupsScorecard()
    {
        var host = shared.ForNextTest();

        var links = Sent.Links(await PressAsync(host, Who.Leader, AssessmentVerbs.Print, new { year = "2026", group = "T02" }));

        using var pdf = await host.Client.GetAsync(Assert.Single(links).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Concat(document.GetPages().Select(p => p.Text)).Normalize(System.Text.NormalizationForm.FormKC);
        Assert.Contains("城关镇联络组", text);
        Assert.DoesNotContain("河口镇联络组", text);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> PressAsync(BotHost host, Who who, string verb, object data) =>
        await Sent.InvokeCardAsync(await host.PostAsync(who.User(host).Execute(verb, data)));
}
