using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Tests.Features.DutyFile.Points;
using LiaisonBot.Tests.Features.Plans;

namespace LiaisonBot.Tests.EndToEnd;

/// <summary>The duty file with points, and the leader's points list with its chart, as the playground draws them.</summary>
public sealed class PlaygroundPointsTests : PlaygroundSession
{
    [Fact]
    public async Task Leader_SeesTheirDutyFileWithPoints_AndTheGroupsPoints_InBothLanguages()
    {
        var rules = RulesTemplate.Expected with { Year = PlanTesting.Year };
        await Bot.Services.GetRequiredService<PointsRulesStore>().SaveAsync(rules, "积分规则.xlsx", "办公室", DateTimeOffset.UtcNow, CancellationToken.None);
        await Bot.Services.GetRequiredService<PointsBook>().RecomputeYearAsync(rules.Year, CancellationToken.None);
        var page = await OpenAsync(new() { ViewportSize = new() { Width = 1280, Height = 1400 } });
        await page.Locator(".ac-adaptiveCard", new() { HasText = "Welcome, 高浩然" }).WaitForAsync(new() { Timeout = 30_000 });

        var compose = page.Locator("[data-lexical-editor=\"true\"]").First;
        await compose.ClickAsync();
        await page.Keyboard.TypeAsync("my duty file");
        await page.Keyboard.PressAsync("Enter");
        var file = page.Locator(".ac-adaptiveCard", new() { HasText = $"My duty file, {PlanTesting.Year}" });
        await file.WaitForAsync(new() { Timeout = 15_000 });
        var text = await file.InnerTextAsync();
        Assert.Contains("Points", text);
        Assert.Contains("Not competent", text);
        Assert.Contains("✗ Activities of any kind: 0 of 3", text);
        await page.ScreenshotAsync(new() { Path = Shot("duty-file"), FullPage = true });

        await compose.ClickAsync();
        await page.Keyboard.TypeAsync("points");
        await page.Keyboard.PressAsync("Enter");
        var list = page.Locator(".ac-adaptiveCard", new() { HasText = $"Points {PlanTesting.Year} · 城关镇联络组" });
        await list.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("孙淑珍", await list.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("points-group"), FullPage = true });

        await SendAsChineseClientAsync("我的履职档案");
        var chinese = page.Locator(".ac-adaptiveCard", new() { HasText = $"我的履职档案（{PlanTesting.Year}年）" });
        await chinese.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("✗ 各类活动：0/3", await chinese.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("duty-file-zh"), FullPage = true });
    }
}
