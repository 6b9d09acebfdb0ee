using LiaisonBot.Features.Roster;
using LiaisonBot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace LiaisonBot.Tests.Infrastructure;

/// <summary>
/// The bot on a real port (Kestrel, Development, its own tables, the sample roster) with headless Chromium beside it:
/// how the public pages (the sign-in screen, the ballot page) are tested in a browser.
/// </summary>
public sealed class BrowserBot : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;
    private readonly IPlaywright playwright;

    private BrowserBot(WebApplicationFactory<Program> factory, IPlaywright playwright, IBrowser browser)
    {
        this.factory = factory;
        this.playwright = playwright;
        Browser = browser;
        // Chromium is strict about "localhost" and cookies; the loopback address is what a phone on the LAN would use.
        Origin = new Uri(factory.ClientOptions.BaseAddress.AbsoluteUri.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    public IServiceProvider Services => factory.Services;

    public IBrowser Browser { get; }

    public Uri Origin { get; }

    public static async Task<BrowserBot> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("MicrosoftAppId", "");
            var all = TestStorage.Settings(TestStorage.NewPrefix());
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                all[key] = value;
            }

            foreach (var (key, value) in all)
            {
                web.UseSetting(key, value);
            }
        });
        factory.UseKestrel();
        factory.StartServer();
        await factory.Services.GetRequiredService<Tables>().CreateAllAsync(CancellationToken.None);
        Assert.True((await factory.Services.GetRequiredService<RosterImporter>().ImportAsync(new StringReader(SampleRoster.Csv), CancellationToken.None)).Succeeded);
        var playwright = await Playwright.CreateAsync();
        return new BrowserBot(factory, playwright, await HeadlessChromium.LaunchAsync(playwright));
    }

    /// <summary>
    /// A page in a context of its own, recording every URL it requests into <paramref name="requests"/> and every console
    /// error or warning and page error into <paramref name="errors"/>: what the "nothing but the bot, no script error"
    /// assertions read.
    /// </summary>
    public async Task<IPage> PageAsync(BrowserNewContextOptions options, List<string> requests, List<string> errors)
    {
        var page = await (await Browser.NewContextAsync(options)).NewPageAsync();
        page.Request += (_, r) =>
        {
            lock (requests)
            {
                requests.Add(r.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (errors)
                {
                    errors.Add($"{message.Type}: {message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await factory.DisposeAsync();
    }
}
