using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Meetings.SignIn;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static LiaisonBot.Tests.Features.Meetings.SignInTesting;

namespace LiaisonBot.Tests.Features.Meetings;

/// <summary>
/// The sign-in screen in headless Chromium, against the bot on a real port and the real clock, at a projector's and a
/// phone's size: the code it shows is the one members must type, its script keeps it fresh under the page's CSP, and
/// nothing is fetched from anywhere but the bot. Screenshots land in the test output's <c>screenshots</c> folder.
/// </summary>
public sealed class SignInScreenBrowserTests : IAsyncLifetime
{
    /// <summary>A short step, so a rollover happens while the test watches.</summary>
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(6);

    private readonly List<string> requests = [];
    private readonly List<string> errors = [];
    private BrowserBot bot = null!;

    public async Task InitializeAsync() => bot = await BrowserBot.StartAsync(new Dictionary<string, string> { ["Meetings:CodeStep"] = Step.ToString() });

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task OnAProjectorAndAPhone_TheScreenShowsTheCodeToType_KeepsItFresh_AndFetchesOnlyFromTheBot()
    {
        var m = await AddAsync(bot.Services, Meeting(DateTimeOffset.UtcNow.AddMinutes(10)), signedIn: 2);

        foreach (var (name, width, height, locale) in new[]
                 {
                     ("projector-zh", 1280, 720, "zh-CN"), ("phone-zh", 390, 844, "zh-CN"),
                     ("projector-en", 1280, 720, "en-US"), ("phone-en", 390, 844, "en-US"),
                 })
        {
            var page = await OpenAsync(m, width, height, locale);
            await page.WaitForFunctionAsync("() => document.getElementById('bar').style.width !== ''");
            AssertCurrent(m, await ShownCodeAsync(page));
            var text = await page.InnerTextAsync("main");
            Assert.Contains(locale == "zh-CN" ? "请在 Teams 的会议邀请卡片上输入此签到码" : "Type this code on your meeting card in Teams", text);
            Assert.Contains(locale == "zh-CN" ? "已签到 2 / 6 人" : "2 of 6 signed in", text);
            Assert.Contains(Title, text);

            // Everything fits the screen without scrolling, and the code is as large as the screen allows.
            var fits = await page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth");
            Assert.True(fits, $"{name}: the page scrolls");
            var box = (await page.Locator("#code").BoundingBoxAsync())!;
            Assert.True(box.Width >= width * 0.6, $"{name}: the code is {box.Width} px wide on a {width} px screen");
            await page.ScreenshotAsync(new() { Path = Shot($"signin-{name}") });
            await page.Context.CloseAsync();
        }

        // Left open, the projector's page follows new sign-ins and the next code, as its script polls.
        var projector = await OpenAsync(m, 1280, 720, "zh-CN");
        var first = await ShownCodeAsync(projector);
        await bot.Services.GetRequiredService<MeetingStore>().ChangeInviteeAsync(m.Id, m.InviteeCodes[4], i =>
        {
            i.SignedInAt = DateTimeOffset.UtcNow;
            return true;
        }, CancellationToken.None);
        await projector.WaitForFunctionAsync("() => document.getElementById('signed').textContent === '3'", null, new() { Timeout = 10_000 });
        await projector.WaitForFunctionAsync("c => document.getElementById('code').textContent.replace(/\\s/g, '') !== c", first, new() { Timeout = 3 * (float)Step.TotalMilliseconds });
        AssertCurrent(m, await ShownCodeAsync(projector));
        await projector.ScreenshotAsync(new() { Path = Shot("signin-projector-zh-next") });

        Assert.Empty(errors);
        Assert.All(requests, r => Assert.Equal(bot.Origin.Authority, new Uri(r).Authority));
        Assert.Contains(requests, r => r.Contains("/screen/code?key=", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.EndsWith(SignInScreen.ScriptPath, StringComparison.Ordinal));
        Assert.Contains(requests, r => r.EndsWith(SignInScreen.StylePath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BeforeSignInOpens_ThePageSaysWhen_AndShowsTheCodeByItselfOnceItOpens()
    {
        var opensBefore = bot.Services.GetRequiredService<IOptions<MeetingOptions>>().Value.SignInOpensBefore;
        // Opens a little later: long enough for a loaded machine to show the page before it does.
        var m = await AddAsync(bot.Services, Meeting(DateTimeOffset.UtcNow + opensBefore + TimeSpan.FromSeconds(12)), signedIn: 0);

        var phone = await OpenAsync(m, 390, 844, "zh-CN");
        var text = await phone.InnerTextAsync("main");
        Assert.Contains("签到开始后，本页将自动显示签到码", text);
        Assert.Contains("已签到 0 / 6 人", text);
        Assert.Equal(0, await phone.Locator("#code").CountAsync());
        await phone.ScreenshotAsync(new() { Path = Shot("signin-phone-zh-not-yet") });

        await phone.Locator("#code").WaitForAsync(new() { Timeout = 40_000 });
        AssertCurrent(m, await ShownCodeAsync(phone));
        await phone.ScreenshotAsync(new() { Path = Shot("signin-phone-zh-opened") });
        Assert.Empty(errors);
        Assert.All(requests, r => Assert.Equal(bot.Origin.Authority, new Uri(r).Authority));
    }

    [Fact]
    public async Task WhenTheBotCannotBeReached_TheScreenSaysItsCodeMayBeOutOfDate_UntilItIsReachedAgain()
    {
        var m = await AddAsync(bot.Services, Meeting(DateTimeOffset.UtcNow.AddMinutes(10)), signedIn: 1);
        var projector = await OpenAsync(m, 1280, 720, "zh-CN");
        var warning = projector.Locator("#stale");
        Assert.False(await warning.IsVisibleAsync());

        await projector.RouteAsync("**/screen/code?*", route => route.AbortAsync());
        await warning.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 10_000 });
        Assert.Contains("网络连接中断", await warning.InnerTextAsync());
        await projector.ScreenshotAsync(new() { Path = Shot("signin-projector-zh-offline") });

        await projector.UnrouteAllAsync();
        await warning.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 10_000 });
        AssertCurrent(m, await ShownCodeAsync(projector));
        errors.RemoveAll(e => e.Contains("net::ERR_FAILED", StringComparison.Ordinal)); // the aborted polls
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ACancelledMeetingsScreen_SaysSo_OnAProjector()
    {
        var m = await AddAsync(bot.Services, Meeting(DateTimeOffset.UtcNow.AddMinutes(10), MeetingState.Cancelled), signedIn: 0);

        var projector = await OpenAsync(m, 1280, 720, "en-US");
        Assert.Contains("This meeting has been cancelled.", await projector.InnerTextAsync("main"));
        Assert.Equal(0, await projector.Locator("#code").CountAsync());
        await projector.ScreenshotAsync(new() { Path = Shot("signin-projector-en-cancelled") });
        Assert.Empty(errors);
    }

    private async Task<IPage> OpenAsync(MeetingEntity m, int width, int height, string locale)
    {
        var phone = width < 600;
        var page = await bot.PageAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            DeviceScaleFactor = phone ? 2 : 1,
            IsMobile = phone,
            HasTouch = phone,
            Locale = locale,
        }, requests, errors);
        var response = await page.GotoAsync(new Uri(bot.Origin, ScreenPath(m)).AbsoluteUri);
        Assert.Equal(200, response!.Status);
        return page;
    }

    private static async Task<string> ShownCodeAsync(IPage page) =>
        string.Concat((await page.InnerTextAsync("#code")).Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The code the page shows is the one sign-in takes now; read a moment ago, it may be the step just replaced.</summary>
    private void AssertCurrent(MeetingEntity m, string shown)
    {
        var now = DateTimeOffset.UtcNow;
        var step = bot.Services.GetRequiredService<IOptions<MeetingOptions>>().Value.CodeStep;
        Assert.Equal(Step, step);
        Assert.Contains(shown, new[] { SignInCodes.CodeAt(m, now, step), SignInCodes.CodeAt(m, now - step, step) });
        Assert.True(SignInCodes.Matches(m, shown, now, step));
    }

    private static string Shot(string name) =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName, name + ".png");
}
