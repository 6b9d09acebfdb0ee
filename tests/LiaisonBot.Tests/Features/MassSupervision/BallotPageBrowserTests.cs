using LiaisonBot.Calendar;
using LiaisonBot.Features.MassSupervision;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Features.MassSupervision.Batches;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LiaisonBot.Tests.Features.MassSupervision;

/// <summary>
/// The ballot page in headless Chromium on a phone's screen (390×844), against the bot on a real port: the QR link's
/// code is taken from after '#', the ballot is answered and sent, the same code is then refused; and with JavaScript
/// off a typed code works the same. Nothing is fetched from anywhere but the bot. Screenshots land in the test
/// output's <c>screenshots</c> folder.
/// </summary>
public sealed class BallotPageBrowserTests : IAsyncLifetime
{
    private readonly List<string> requests = [];
    private readonly List<string> errors = [];
    private BrowserBot bot = null!;

    public async Task InitializeAsync() => bot = await BrowserBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task OnAPhone_TheQrLinkOpensTheBallot_ItIsSent_AndTheSameCodeIsThenRefused()
    {
        var codes = await BatchAsync(2);
        var page = await OpenAsync(javaScript: true, "zh-CN");

        await page.GotoAsync(new Uri(bot.Origin, "/v/#" + codes[0]).AbsoluteUri);
        await page.Locator("fieldset").First.WaitForAsync();
        Assert.DoesNotContain(codes[0], page.Url, StringComparison.Ordinal);
        Assert.Contains("城关镇联络组整体工作", await page.InnerTextAsync("main"));
        await AssertFitsAsync(page, "questions");
        await page.ScreenshotAsync(new() { Path = Shot("mass-phone-zh-questions"), FullPage = true });

        await AnswerAllAsync(page);
        await page.FillAsync("#suggestion", "希望联络组多到村里听取意见。");
        await page.ScreenshotAsync(new() { Path = Shot("mass-phone-zh-answered") });
        await page.ClickAsync("button[type=submit]");
        await page.GetByText("提交成功，谢谢！").WaitForAsync();
        await AssertFitsAsync(page, "thanks");
        await page.ScreenshotAsync(new() { Path = Shot("mass-phone-zh-thanks"), FullPage = true });

        await page.GotoAsync("about:blank"); // a second scan opens the link anew
        await page.GotoAsync(new Uri(bot.Origin, "/v/#" + codes[0]).AbsoluteUri);
        await page.GetByText("这个评议码已经用过").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Shot("mass-phone-zh-used"), FullPage = true });

        await page.GotoAsync(new Uri(bot.Origin, "/v/").AbsoluteUri);
        await page.ScreenshotAsync(new() { Path = Shot("mass-phone-zh-code"), FullPage = true });

        Assert.Empty(errors);
        Assert.All(requests.Where(r => r != "about:blank"), r => Assert.Equal(bot.Origin.Authority, new Uri(r).Authority));
        Assert.DoesNotContain(requests, r => r.Contains(codes[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithJavaScriptOff_ATypedCodeWorksTheSame_InEnglish()
    {
        var codes = await BatchAsync(1);
        var page = await OpenAsync(javaScript: false, "en-US");

        await page.GotoAsync(new Uri(bot.Origin, "/v/?lang=en").AbsoluteUri);
        await page.ScreenshotAsync(new() { Path = Shot("mass-phone-en-code"), FullPage = true });
        await page.FillAsync("#code", SlipCodes.Display(codes[0]).ToLowerInvariant());
        await page.ClickAsync("button[type=submit]");
        await page.Locator("fieldset").First.WaitForAsync();
        Assert.Contains("The work of 城关镇联络组", await page.InnerTextAsync("main"));
        await AnswerAllAsync(page);
        await page.ScreenshotAsync(new() { Path = Shot("mass-phone-en-questions"), FullPage = true });
        await page.ClickAsync("button[type=submit]");
        await page.GetByText("Thank you, your answers are in.").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Shot("mass-phone-en-thanks"), FullPage = true });

        Assert.Empty(errors);
        Assert.All(requests, r => Assert.Equal(bot.Origin.Authority, new Uri(r).Authority));
    }

    /// <summary>Picks an answer for every question by tapping its label, as a thumb would.</summary>
    private static async Task AnswerAllAsync(IPage page)
    {
        var questions = page.Locator("fieldset");
        for (var i = 0; i < await questions.CountAsync(); i++)
        {
            await questions.Nth(i).Locator("label").Nth(i % 4).ClickAsync();
        }
    }

    private static async Task AssertFitsAsync(IPage page, string what) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), $"{what}: the page scrolls sideways");

    /// <summary>A campaign open today for group T01 and a batch of slips, made as the cards would; returns the plain codes.</summary>
    private async Task<IReadOnlyList<string>> BatchAsync(int slips)
    {
        var s = bot.Services;
        var calendar = s.GetRequiredService<WorkCalendar>();
        var keys = s.GetRequiredService<CampaignKeys>();
        var roster = SampleRoster.Roster;
        var id = Guid.NewGuid().ToString("N");
        var c = new CampaignEntity
        {
            RowKey = id,
            WorkYear = calendar.WorkYear,
            Title = "群众评议",
            OpensAt = calendar.ToUtc(calendar.Today),
            EndsAt = calendar.ToUtc(calendar.Today.AddDays(7)),
            Questions = CampaignEntity.FormatQuestions(roster.Groups.Select(g => (g.Code, roster.MembersOf(g.Code).Select(m => m.Code)))),
            SealedCodeKey = keys.NewSealed(id),
            MinBallots = 5,
        };
        await s.GetRequiredService<CampaignStore>().AddAsync(c, CancellationToken.None);
        var codes = Enumerable.Range(0, slips).Select(_ => SlipCodes.New()).ToList();
        var batch = Guid.NewGuid().ToString("N");
        await s.GetRequiredService<CodeStore>().AddAsync(id, batch, codes.Select(code => keys.CodeHash(c, code)), CancellationToken.None);
        await s.GetRequiredService<CampaignStore>().AddBatchAsync(new BatchEntity { PartitionKey = id, RowKey = batch, GroupCode = "T01", Label = "座谈会", Slips = slips },
            CancellationToken.None);
        return codes;
    }

    private async Task<IPage> OpenAsync(bool javaScript, string locale)
    {
        var page = await bot.PageAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = locale,
            JavaScriptEnabled = javaScript,
        }, requests, errors);
        return page;
    }

    private static string Shot(string name) =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName, name + ".png");
}
