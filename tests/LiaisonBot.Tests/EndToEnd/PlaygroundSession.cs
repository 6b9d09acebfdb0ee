using System.Net.Http.Json;
using System.Text.Json.Nodes;
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
/// A person at the Agents Playground in headless Chromium, against the bot in Development (no token, as the playground
/// sends none) on the sample roster. Each scenario is its own class, so it runs beside the rest of the suite; screenshots
/// land in the test output folder.
/// </summary>
public abstract class PlaygroundSession : IAsyncLifetime
{
    // The playground's web app is heavy: four Chromiums loading it at once beside the rest of the suite starve each other
    // on a 2-core machine past any timeout (seen on CI). One session at a time still overlaps the other tests.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private IPlaywright? playwright;
    private bool holding;

    protected WebApplicationFactory<Program> Bot { get; private set; } = null!;

    protected AgentsPlayground Playground { get; private set; } = null!;

    protected IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await OneAtATime.WaitAsync();
        holding = true;
        try
        {
            await StartAsync();
        }
        catch
        {
            // Free the gate now, whether or not the runner disposes a class whose start failed: the next session must not wait.
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        Bot = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development"); // the playground sends no token: anonymous mode
            web.UseSetting("urls", "http://127.0.0.1:0"); // a free port, so several sessions run side by side
            web.UseSetting("MicrosoftAppId", "");
            web.UseSetting("Calendar:WorkYear", PlanTesting.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (key, value) in TestStorage.Settings(TestStorage.NewPrefix()))
            {
                web.UseSetting(key, value);
            }
        });
        Bot.UseKestrel();
        Bot.StartServer();
        await Bot.Services.GetRequiredService<Tables>().CreateAllAsync(CancellationToken.None);
        var import = await Bot.Services.GetRequiredService<RosterImporter>().ImportAsync(new StringReader(SampleRoster.Csv), CancellationToken.None);
        Assert.True(import.Succeeded);

        var endpoint = new Uri(Bot.ClientOptions.BaseAddress, BotEndpoint.Path).AbsoluteUri.Replace("localhost", "127.0.0.1");
        Playground = await AgentsPlayground.StartAsync(endpoint);
        playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (Browser is not null)
            {
                await Browser.DisposeAsync();
            }

            playwright?.Dispose();
            if (Playground is not null)
            {
                await Playground.DisposeAsync();
            }

            if (Bot is not null)
            {
                await Bot.DisposeAsync();
            }
        }
        finally
        {
            if (holding)
            {
                holding = false;
                OneAtATime.Release();
            }
        }
    }

    /// <summary>A new page on the playground, loaded; a slow machine gets longer than Playwright's default 30 s.</summary>
    protected async Task<IPage> OpenAsync(BrowserNewPageOptions options)
    {
        var page = await Browser.NewPageAsync(options);
        page.SetDefaultNavigationTimeout(90_000);
        await page.GotoAsync(Playground.Url.AbsoluteUri);
        return page;
    }

    protected async Task SendAsChineseClientAsync(string text)
    {
        using var http = new HttpClient { BaseAddress = Playground.Url };
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

    protected static string Shot(string name) => Path.Combine(AppContext.BaseDirectory, "screenshots", $"playground-{name}.png");
}
