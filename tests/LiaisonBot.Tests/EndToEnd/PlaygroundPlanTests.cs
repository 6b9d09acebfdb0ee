using LiaisonBot.App;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Features.Plans.Publishing;
using LiaisonBot.Tests.Features.Plans;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LiaisonBot.Tests.EndToEnd;

/// <summary>A published plan arriving, and progress reported on a task.</summary>
[StartFirst]
public sealed class PlaygroundPlanTests : PlaygroundSession
{
    [Fact]
    public async Task Member_ReceivesThePublishedPlan_AndReportsProgressOnATask()
    {
        var page = await OpenAsync(new() { ViewportSize = new() { Width = 1280, Height = 1400 } });
        await page.Locator(".ac-adaptiveCard", new() { HasText = "Welcome, 高浩然" }).WaitForAsync(new() { Timeout = 30_000 });

        // The secretariat's part, done on the server: load the plan and publish T01's through the outbox.
        await Bot.Services.GetRequiredService<PlanImporter>().ImportAsync(PlanTesting.Workbook(), CancellationToken.None);
        var roster = await Bot.Services.GetRequiredService<RosterStore>().GetAsync(CancellationToken.None);
        await Bot.Services.GetRequiredService<PlanPublisher>().PublishAsync(PlanTesting.Year, "T01", roster, CancellationToken.None);

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
}
