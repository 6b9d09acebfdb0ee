using LiaisonBot.Tests.Features.Plans;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LiaisonBot.Tests.EndToEnd;

/// <summary>
/// The secretariat's mass supervision as the playground draws it: the command, a campaign made through its card, a batch
/// of slips for a group, and the campaign listed to a Chinese client.
/// </summary>
public sealed class PlaygroundSupervisionTests : PlaygroundSession
{
    [Fact]
    public async Task Secretariat_CreatesACampaign_AndABatch_AndSeesThem_InBothLanguages()
    {
        var page = await OpenAsync(new() { ViewportSize = new() { Width = 1280, Height = 1400 } });
        await page.Locator(".ac-adaptiveCard", new() { HasText = "Welcome, 高浩然" }).WaitForAsync(new() { Timeout = 30_000 });
        var compose = page.Locator("[data-lexical-editor=\"true\"]").First;
        await compose.ClickAsync();
        await page.Keyboard.TypeAsync($"act as {SampleRoster.Secretariat.Code}");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".ac-adaptiveCard", new() { HasText = $"Welcome, {SampleRoster.Secretariat.Name}" }).WaitForAsync(new() { Timeout = 15_000 });

        await compose.ClickAsync();
        await page.Keyboard.TypeAsync("supervision");
        await page.Keyboard.PressAsync("Enter");
        var home = page.Locator(".ac-adaptiveCard", new() { HasText = "No campaigns yet." });
        await home.WaitForAsync(new() { Timeout = 15_000 });
        await home.GetByRole(AriaRole.Button, new() { Name = "New campaign" }).ClickAsync();

        // The form comes filled with the work year, a title and the next 30 days.
        var form = page.Locator(".ac-adaptiveCard", new() { HasText = "New mass supervision campaign" });
        await form.WaitForAsync(new() { Timeout = 15_000 });
        await form.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        var campaign = page.Locator(".ac-adaptiveCard", new() { HasText = "Make a batch of slips" });
        await campaign.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains($"{PlanTesting.Year} liaison group mass supervision", await campaign.InnerTextAsync());
        await campaign.GetByRole(AriaRole.Combobox).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "城关镇联络组" }).ClickAsync();
        await campaign.GetByLabel("For which meeting").FillAsync("城关镇干部群众座谈会");
        await campaign.GetByRole(AriaRole.Button, new() { Name = "Make slips" }).ClickAsync();

        var batch = page.Locator(".ac-adaptiveCard", new() { HasText = "0 of 30 used" });
        await batch.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("城关镇联络组 · 城关镇干部群众座谈会", await batch.InnerTextAsync());
        Assert.Contains("Download slips (PDF)", await batch.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("supervision-batch"), FullPage = true });

        await SendAsChineseClientAsync("群众评议");
        // The title stays as it was typed (in English here); the card around it is in Chinese.
        var chinese = page.Locator(".ac-adaptiveCard", new() { HasText = "进行中" });
        await chinese.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains($"{PlanTesting.Year} liaison group mass supervision", await chinese.InnerTextAsync());
        Assert.Contains("新建评议", await chinese.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("supervision-zh"), FullPage = true });
    }
}
