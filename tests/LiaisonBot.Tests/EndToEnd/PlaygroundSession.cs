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
/// sends none) on the sample roster. Each scenario is its own class so that the browsers run side by side; screenshots
/// land in the test output folder.
/// </summary>
public abstract class PlaygroundSession : IAsyncLifetime
{
    private IPlaywright playwright = null!;

    protected WebApplicationFactory<Program> Bot { get; private set; } = null!;

    protected AgentsPlayground Playground { get; private set; } = null!;

    protected IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
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
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await Playground.DisposeAsync();
        await Bot.DisposeAsync();
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
