using LiaisonBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LiaisonBot.Tests.EndToEnd;

/// <summary>The welcome card, and typing help, in the language of the client.</summary>
[StartFirst]
public sealed class PlaygroundWelcomeTests : PlaygroundSession
{
    [Fact]
    public async Task Member_SeesTheWelcomeCard_AndTypingHelpShowsTheHelpCard()
    {
        var page = await OpenAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });

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
}
