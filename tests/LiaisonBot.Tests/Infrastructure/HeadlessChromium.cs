using Microsoft.Playwright;

namespace LiaisonBot.Tests.Infrastructure;

/// <summary>The machine's Debian Chromium, headless, quiet: no sandbox (containers), no GPU, nothing fetched in the background.</summary>
public static class HeadlessChromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"],
    });
}
