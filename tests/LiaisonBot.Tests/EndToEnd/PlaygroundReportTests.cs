using LiaisonBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LiaisonBot.Tests.EndToEnd;

/// <summary>Reporting an activity on the form card, the receipt replacing it.</summary>
[StartFirst]
public sealed class PlaygroundReportTests : PlaygroundSession
{
    [Fact]
    public async Task Member_ReportsAnActivity_WithTheFormCard_AndGetsTheReceiptInPlace()
    {
        var page = await OpenAsync(new() { ViewportSize = new() { Width = 1280, Height = 1100 } });
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
}
