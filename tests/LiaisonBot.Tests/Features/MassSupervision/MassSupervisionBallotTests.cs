using System.Net;
using LiaisonBot.Features.MassSupervision;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Features.MassSupervision.Page;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.MassSupervision;

/// <summary>The public ballot page through the real pipeline on Azurite: what a phone gets back, and what is (not) stored.</summary>
public sealed class MassSupervisionBallotTests(SharedBotHost<MassSupervisionBallotTests> shared)
    : IClassFixture<SharedBotHost<MassSupervisionBallotTests>>, ISharedBotHost
{
    private readonly MassTesting mass = new(shared.ForNextTest());

    // Refusals are part of these tests: the per-address limit is the rate-limit test's business, not theirs.
    public static Task<BotHost> StartAsync() => MassTesting.StartAsync(new Dictionary<string, string?> { ["MassSupervision:MaxFailuresPerAddress"] = "1000" });

    [Fact]
    public async Task TheCodePage_IsChineseByDefault_EnglishOnAsk_WithStrictHeaders_AndSmall()
    {
        var phone = mass.Host.NewClient();
        var zh = await phone.GetAsync(BallotEndpoints.Path);
        var en = await phone.GetStringAsync(BallotEndpoints.Path + "?lang=en");

        Assert.Equal(HttpStatusCode.OK, zh.StatusCode);
        var html = await zh.Content.ReadAsStringAsync();
        Assert.Contains("请输入评议纸条上的 10 位评议码", html);
        Assert.Contains("不保存评议码、提交时间、IP 地址或设备信息", html);
        Assert.Contains("Not your code, not the time you answered, not your address or device", en);
        Assert.Equal("DENY", zh.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", zh.Headers.GetValues("Referrer-Policy").Single());
        var csp = zh.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        var weight = System.Text.Encoding.UTF8.GetByteCount(html) + (await phone.GetByteArrayAsync(BallotEndpoints.StylePath)).Length + (await phone.GetByteArrayAsync(BallotEndpoints.ScriptPath)).Length;
        Assert.True(weight < 100 * 1024, $"the page weighs {weight} bytes");
    }

    [Fact]
    public async Task ACode_ShowsItsGroupsQuestions_AndItsBallotIsStoredSealedOnTheCode_ThenTheCodeIsRefused()
    {
        var campaign = await mass.CampaignAsync();
        var (batch, codes) = await mass.BatchAsync(campaign);
        var phone = mass.Host.NewClient();

        // Typed from paper: lower case, a space and a full-width dash are all fine.
        var typed = $"{codes[0][..5].ToLowerInvariant()} －{codes[0][5..]}";
        var questions = await (await MassTesting.PostCodeAsync(phone, typed)).Content.ReadAsStringAsync();
        Assert.Contains("<h1>城关镇联络组</h1>", questions);
        Assert.Contains("城关镇联络组整体工作", questions);
        foreach (var member in SampleRoster.Roster.MembersOf("T01"))
        {
            Assert.Contains($"委员 {member.Name} 履职情况", questions);
        }

        Assert.Contains("基本满意", questions);
        var weight = System.Text.Encoding.UTF8.GetByteCount(questions) + (await phone.GetByteArrayAsync(BallotEndpoints.StylePath)).Length + (await phone.GetByteArrayAsync(BallotEndpoints.ScriptPath)).Length;
        Assert.True(weight < 100 * 1024, $"the questions page weighs {weight} bytes");
        var thanks = await MassTesting.CastAsync(phone, codes[0], MassTesting.Answers("T01", "S"), "多开展调研 <b>**加粗**</b>");
        Assert.Equal(HttpStatusCode.OK, thanks.StatusCode);
        Assert.Contains("提交成功，谢谢！", await thanks.Content.ReadAsStringAsync());

        var rows = (await mass.Host.RowsAsync(CodeStore.Table)).Where(r => r.PartitionKey == campaign).ToList();
        var used = Assert.Single(rows, r => r.GetString("State") == nameof(CodeState.Used));
        Assert.NotNull(used.GetBinary("Sealed"));
        Assert.Empty(await mass.Host.RowsAsync(BallotStore.Table)); // nothing is counted before the close

        var before = await mass.Host.SnapshotAsync(CodeStore.Table, BallotStore.Table);
        var again = await MassTesting.CastAsync(phone, codes[0], MassTesting.Answers("T01", "N"));
        Assert.Contains("这个评议码已经用过", await again.Content.ReadAsStringAsync());
        Assert.Contains("这个评议码已经用过", await (await MassTesting.PostCodeAsync(phone, codes[0])).Content.ReadAsStringAsync());
        Assert.Equal(before, await mass.Host.SnapshotAsync(CodeStore.Table, BallotStore.Table));
        Assert.NotNull(batch);
    }

    [Fact]
    public async Task TenPhonesSendingTheSameCodeAtOnce_StoreExactlyOneBallot()
    {
        var campaign = await mass.CampaignAsync();
        var (_, codes) = await mass.BatchAsync(campaign, slips: 3);
        var phones = Enumerable.Range(0, 10).Select(_ => mass.Host.NewClient()).ToList();
        var tokens = await Task.WhenAll(phones.Select(p => MassTesting.TokenAsync(p, "")));

        var answers = await Task.WhenAll(phones.Select((p, i) => MassTesting.CastAsync(p, codes[1], MassTesting.Answers("T01", i % 2 == 0 ? "S" : "N"), token: tokens[i])));

        var pages = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        Assert.Single(pages, p => p.Contains("提交成功，谢谢！", StringComparison.Ordinal));
        Assert.Equal(9, pages.Count(p => p.Contains("这个评议码已经用过", StringComparison.Ordinal)));
        var rows = (await mass.Host.RowsAsync(CodeStore.Table)).Where(r => r.PartitionKey == campaign).ToList();
        Assert.Single(rows, r => r.GetString("State") == nameof(CodeState.Used));
    }

    [Fact]
    public async Task AVoidedBatchsCodes_AnUnknownCode_AndACampaignNotYetOpen_AreRefusedPolitely_NothingStored()
    {
        var campaign = await mass.CampaignAsync();
        var (batch, codes) = await mass.BatchAsync(campaign, slips: 2);
        await mass.ExecuteAsync(mass.Office, MassVerbs.VoidConfirm, MassNotice.Data(campaign, batch));
        var later = await mass.CampaignAsync(from: mass.Today.AddDays(3));
        var (_, laterCodes) = await mass.BatchAsync(later, slips: 1);
        var phone = mass.Host.NewClient();
        var before = await mass.Host.SnapshotAsync(CodeStore.Table, BallotStore.Table);

        Assert.Contains("这个评议码已作废", await (await MassTesting.CastAsync(phone, codes[0], MassTesting.Answers("T01", "S"))).Content.ReadAsStringAsync());
        Assert.Contains("评议码不正确", await (await MassTesting.PostCodeAsync(phone, "ABCDE23456")).Content.ReadAsStringAsync());
        Assert.Contains("评议码不正确", await (await MassTesting.PostCodeAsync(phone, "O0I1O0I1O0")).Content.ReadAsStringAsync());
        Assert.Contains("评议尚未开始", await (await MassTesting.CastAsync(phone, laterCodes[0], MassTesting.Answers("T01", "S"))).Content.ReadAsStringAsync());
        Assert.Contains("This code is no longer valid", await (await MassTesting.PostCodeAsync(phone, codes[1], "en")).Content.ReadAsStringAsync());

        Assert.Equal(before, await mass.Host.SnapshotAsync(CodeStore.Table, BallotStore.Table));
        var card = await mass.ExecuteAsync(mass.Office, MassVerbs.View, MassNotice.Data(campaign));
        Assert.Contains("已作废", Sent.Text(card));
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryToken_Is400_AndAnOversizeBodyIsRefused_NothingStored()
    {
        var campaign = await mass.CampaignAsync();
        var (_, codes) = await mass.BatchAsync(campaign, slips: 1);
        var phone = mass.Host.NewClient();
        await phone.GetStringAsync(BallotEndpoints.Path); // the cookie, but no token in the form
        var before = await mass.Host.SnapshotAsync(CodeStore.Table, BallotStore.Table);

        var forged = await MassTesting.PostAsync(phone, token: null, "", new() { [BallotHtml.CodeField] = codes[0], [BallotHtml.StepField] = BallotHtml.AnswersStep, ["q.group"] = "N" });
        var fresh = await MassTesting.PostAsync(mass.Host.NewClient(), token: await MassTesting.TokenAsync(phone, ""), "", new() { [BallotHtml.CodeField] = codes[0] });
        var huge = await MassTesting.CastAsync(phone, codes[0], MassTesting.Answers("T01", "S"), suggestion: new string('长', 20_000));
        var long501 = await MassTesting.CastAsync(phone, codes[0], MassTesting.Answers("T01", "S"), suggestion: new string('长', 501));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, fresh.StatusCode); // a token without its cookie
        Assert.True(huge.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{huge.StatusCode}");
        Assert.True(long501.StatusCode == HttpStatusCode.OK, $"{long501.StatusCode}");
        Assert.Contains("意见建议过长", await long501.Content.ReadAsStringAsync());
        Assert.Equal(before, await mass.Host.SnapshotAsync(CodeStore.Table, BallotStore.Table));
    }
}
