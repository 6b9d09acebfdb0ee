using LiaisonBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LiaisonBot.Tests.EndToEnd;

/// <summary>A leader linking the channel with an @mention and publishing a report there.</summary>
[StartFirst]
public sealed class PlaygroundChannelTests : PlaygroundSession
{
    [Fact]
    public async Task Leader_LinksTheChannelWithAnAtMention_AndPublishesAReportThatAppearsInTheChannel()
    {
        var page = await OpenAsync(new() { ViewportSize = new() { Width = 1280, Height = 1400 } });
        await page.Locator(".ac-adaptiveCard", new() { HasText = "Welcome, 高浩然" }).WaitForAsync(new() { Timeout = 30_000 });

        // Opening the channel adds the Bot to the team, as Teams does: the Bot says how to link.
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
}
