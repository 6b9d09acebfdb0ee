using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LiaisonBot.App;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Features.Plans.Publishing;
using LiaisonBot.Features.Roster;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Features.Plans;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace LiaisonBot.Tests.EndToEnd;

/// <summary>
/// A person opens the Agents Playground in Chromium: the welcome card appears, typing <c>help</c> shows the help card,
/// and a Chinese-speaking user gets both in Chinese. Screenshots land in the test output folder.
/// </summary>
[StartFirst]
public sealed class PlaygroundTests : IAsyncLifetime
{
    private WebApplicationFactory<Program> bot = null!;
    private AgentsPlayground playground = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        bot = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development"); // the playground sends no token: anonymous mode
            web.UseSetting("MicrosoftAppId", "");
            web.UseSetting("Calendar:WorkYear", PlanTesting.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (key, value) in TestStorage.Settings(TestStorage.NewPrefix()))
            {
                web.UseSetting(key, value);
            }
        });
        bot.UseKestrel(0);
        bot.StartServer();
        await bot.Services.GetRequiredService<Tables>().CreateAllAsync(CancellationToken.None);
        var import = await bot.Services.GetRequiredService<RosterImporter>().ImportAsync(new StringReader(SampleRoster.Csv), CancellationToken.None);
        Assert.True(import.Succeeded);

        var endpoint = new Uri(bot.ClientOptions.BaseAddress, BotEndpoint.Path).AbsoluteUri.Replace("localhost", "127.0.0.1");
        playground = await AgentsPlayground.StartAsync(endpoint);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await playground.DisposeAsync();
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task Member_SeesTheWelcomeCard_AndTypingHelpShowsTheHelpCard()
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        await page.GotoAsync(playground.Url.AbsoluteUri);

        var welcome = page.Locator(".ac-adaptiveCard", new() { HasText = "Welcome, 高浩然" });
        await welcome.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("城关镇联络组", await welcome.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("welcome") });

        var compose = page.Locator("[data-lexical-editor=\"true\"]").First;
        await compose.ClickAsync();
        await page.Keyboard.TypeAsync("help");
        await page.Keyboard.PressAsync("Enter");
        var help = page.Locator(".ac-adaptiveCard", new() { HasText = "What I can do" });
        await help.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("my info", await help.InnerTextAsync());

        await help.GetByRole(AriaRole.Button, new() { Name = "My group" }).ClickAsync();
        await page.Locator(".ac-adaptiveCard", new() { HasText = "✓ installed" }).WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Shot("help-and-group") });

        // The playground always says en-US; a custom activity carries zh-CN exactly as Teams would for a Chinese client.
        await SendAsChineseClientAsync("帮助");
        await page.Locator(".ac-adaptiveCard", new() { HasText = "我能做什么" }).WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Shot("help-zh"), FullPage = true });
    }

    [Fact]
    public async Task Member_ReportsAnActivity_WithTheFormCard_AndGetsTheReceiptInPlace()
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1100 } });
        await page.GotoAsync(playground.Url.AbsoluteUri);
        var welcome = page.Locator(".ac-adaptiveCard", new() { HasText = "Welcome, 高浩然" });
        await welcome.WaitForAsync(new() { Timeout = 30_000 });

        await welcome.GetByRole(AriaRole.Button, new() { Name = "Report activity" }).ClickAsync();
        var form = page.Locator(".ac-adaptiveCard", new() { HasText = "Report a duty activity" });
        await form.WaitForAsync(new() { Timeout = 15_000 });
        // The playground renders inputs with Fluent UI: a combobox for the choice set and a date picker.
        await form.GetByRole(AriaRole.Combobox).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Inspection" }).ClickAsync();
        await form.GetByLabel("Title").FillAsync("视察县人民医院急诊科");
        await form.GetByPlaceholder("Select a date...").ClickAsync();
        var day = DateTime.UtcNow.AddHours(8).AddDays(-2); // two days ago in China, within the month grid on screen
        await page.GetByRole(AriaRole.Button, new() { Name = day.ToString("d, MMMM, yyyy", System.Globalization.CultureInfo.InvariantCulture), Exact = true }).ClickAsync();
        await form.GetByLabel("What was done").FillAsync("查看急诊流程，听取医护人员意见，提出改进建议三条。");
        await page.ScreenshotAsync(new() { Path = Shot("report-form"), FullPage = true });
        await form.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();

        var receipt = page.Locator(".ac-adaptiveCard", new() { HasText = "✓ Recorded" });
        await receipt.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("视察县人民医院急诊科", await receipt.InnerTextAsync());
        Assert.Contains("Inspection", await receipt.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("report-receipt"), FullPage = true });
    }

    [Fact]
    public async Task Member_ReceivesThePublishedPlan_AndReportsProgressOnATask()
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1400 } });
        await page.GotoAsync(playground.Url.AbsoluteUri);
        await page.Locator(".ac-adaptiveCard", new() { HasText = "Welcome, 高浩然" }).WaitForAsync(new() { Timeout = 30_000 });

        // The secretariat's part, done on the server: load the plan and publish T01's through the outbox.
        await bot.Services.GetRequiredService<PlanImporter>().ImportAsync(PlanTesting.Workbook(), CancellationToken.None);
        var roster = await bot.Services.GetRequiredService<RosterStore>().GetAsync(CancellationToken.None);
        await bot.Services.GetRequiredService<PlanPublisher>().PublishAsync(PlanTesting.Year, "T01", roster, CancellationToken.None);

        var plan = page.Locator(".ac-adaptiveCard", new() { HasText = $"{PlanTesting.Year} annual work plan" });
        await plan.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("开展农村人居环境调研", await plan.InnerTextAsync()); // the whole group's task
        Assert.DoesNotContain("撰写社情民意信息", await plan.InnerTextAsync()); // M004's
        await page.ScreenshotAsync(new() { Path = Shot("plan-received"), FullPage = true });

        // A Chinese client typing the command gets the same list in Chinese.
        await SendAsChineseClientAsync("我的任务");
        await page.Locator(".ac-adaptiveCard", new() { HasText = "待办 1 项，已完成 0 项" }).WaitForAsync(new() { Timeout = 15_000 });

        await plan.GetByRole(AriaRole.Button, new() { Name = "My tasks" }).ClickAsync();
        var tasks = page.Locator(".ac-adaptiveCard", new() { HasText = "1 open, 0 done" });
        await tasks.WaitForAsync(new() { Timeout = 15_000 });
        await tasks.GetByRole(AriaRole.Button, new() { Name = "Update progress" }).ClickAsync();
        var form = page.Locator(".ac-adaptiveCard", new() { HasText = "Percent done" });
        await form.WaitForAsync(new() { Timeout = 15_000 });
        await form.GetByRole(AriaRole.Radio, new() { Name = "Done" }).CheckAsync();
        await form.GetByLabel("Note").FillAsync("调研报告已报送县政协办公室");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        var saved = page.Locator(".ac-adaptiveCard", new() { HasText = "Progress saved" });
        await saved.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("Done · 调研报告已报送县政协办公室", await saved.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("plan-progress-saved"), FullPage = true });
    }

    [Fact]
    public async Task Leader_LinksTheChannelWithAnAtMention_AndPublishesAReportThatAppearsInTheChannel()
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1400 } });
        await page.GotoAsync(playground.Url.AbsoluteUri);
        await page.Locator(".ac-adaptiveCard", new() { HasText = "Welcome, 高浩然" }).WaitForAsync(new() { Timeout = 30_000 });

        // Opening the channel adds the bot to the team, as Teams does: the bot says how to link.
        await page.Locator("button[aria-label=\"城关镇联络组 - 工作报告\"]").ClickAsync();
        await page.Locator(".ac-adaptiveCard", new() { HasText = "I post this liaison group's plan" }).WaitForAsync(new() { Timeout = 15_000 });

        await page.Locator("[data-lexical-editor=\"true\"]").First.ClickAsync();
        await page.Keyboard.TypeAsync("@Liai");
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "LiaisonBot" }).ClickAsync();
        await page.Keyboard.TypeAsync(" link group");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post" }).ClickAsync();
        var linked = page.Locator(".ac-adaptiveCard", new() { HasText = "Channel linked" });
        await linked.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("城关镇联络组 › 工作报告", await linked.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("channel-linked"), FullPage = true });

        await linked.GetByRole(AriaRole.Button, new() { Name = "Group report" }).ClickAsync();
        var form = page.Locator(".ac-adaptiveCard", new() { HasText = "Period from" });
        await form.WaitForAsync(new() { Timeout = 15_000 });
        await form.GetByRole(AriaRole.Combobox).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Progress report" }).ClickAsync();
        await form.GetByLabel("Title").FillAsync("城关镇联络组上半年工作进展");
        await form.GetByLabel("Work done").FillAsync("组织委员开展农村养老服务调研3次，视察县人民医院急诊科1次。");
        await form.GetByLabel("Next steps").FillAsync("下半年围绕乡村振兴开展专题协商。");
        await form.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var preview = page.Locator(".ac-adaptiveCard", new() { HasText = "Preview: the channel will show this card" });
        await preview.WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Shot("group-report-preview"), FullPage = true });
        await preview.GetByRole(AriaRole.Button, new() { Name = "Publish in the channel" }).ClickAsync();

        // The outbox posts the report as a new thread in the channel.
        // The playground may also show the new post in its preview panel: either copy is the post.
        var post = page.Locator(".ac-adaptiveCard", new() { HasText = "published by leader 高浩然", HasNotText = "Being posted" }).First;
        await post.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("城关镇联络组上半年工作进展", await post.InnerTextAsync());
        Assert.Contains("published by leader 高浩然", await post.InnerTextAsync());
        await post.GetByRole(AriaRole.Button, new() { Name = "Full report" }).ClickAsync();
        await page.Locator(".ac-adaptiveCard", new() { HasText = "page 1 of 1" }).WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Shot("group-report-in-channel"), FullPage = true });
    }

    private async Task SendAsChineseClientAsync(string text)
    {
        using var http = new HttpClient { BaseAddress = playground.Url };
        var config = JsonNode.Parse(await http.GetStringAsync("_internal/v1/config"))!;
        var conversationId = (string)config["config"]!["personalChat"]!["id"]!;
        var template = JsonNode.Parse(await http.GetStringAsync($"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}&type=botAdded"))!;
        var activity = template.AsObject();
        activity["type"] = "message";
        activity["text"] = text;
        activity["locale"] = "zh-CN";
        activity.Remove("membersAdded");
        var response = await http.PostAsJsonAsync("_internal/v1/customActivities", activity);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Shot(string name) => Path.Combine(AppContext.BaseDirectory, "screenshots", $"playground-{name}.png");
}
