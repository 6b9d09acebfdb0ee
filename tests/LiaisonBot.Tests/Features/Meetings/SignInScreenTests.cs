using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Meetings.SignIn;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static LiaisonBot.Tests.Features.Meetings.SignInTesting;

namespace LiaisonBot.Tests.Features.Meetings;

/// <summary>
/// The sign-in screen through the real pipeline, on a clock the tests move forward (each its own meeting, so they share one
/// bot): the code follows the window and the clock, and the link's key is the only way in.
/// </summary>
public sealed class SignInScreenTests(SharedBotHost<SignInScreenTests> shared) : IClassFixture<SharedBotHost<SignInScreenTests>>, ISharedBotHost
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2027, 3, 15, 1, 0, 0, TimeSpan.Zero));
    private static readonly TimeSpan Step = new MeetingOptions().CodeStep;

    private readonly BotHost host = shared.ForNextTest();

    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(Clock));
        await host.ImportRosterAsync();
        return host;
    }

    [Fact]
    public async Task TheCode_ShowsOnlyInTheWindow_AndChangesWithTheClock()
    {
        // The day after the clock's start: no other test moves it, so the times below are known.
        Clock.SetUtcNow(new DateTimeOffset(2027, 3, 16, 1, 0, 0, TimeSpan.Zero));
        var m = await AddAsync(host.Services, Meeting(Clock.GetUtcNow().AddMinutes(45)), signedIn: 2);

        var before = await CodeAsync(m);
        Assert.Equal(new Answer(null, null, 2, 6, "notYet"), Read(before));
        var page = await PageAsync(m);
        Assert.Contains("签到将于 <span class=\"moment\">2027年3月16日 09:15</span> 开始", page);
        Assert.Contains("签到开始后，本页将自动显示签到码", page);
        Assert.DoesNotContain("id=\"code\"", page);

        Clock.Advance(TimeSpan.FromMinutes(20) + TimeSpan.FromSeconds(7));
        var open = await CodeAsync(m);
        var code = SignInCodes.CodeAt(m, Clock.GetUtcNow(), Step);
        Assert.Equal(new Answer(code, 23, 2, 6, "open"), Read(open));
        page = await PageAsync(m);
        Assert.Contains($"<span>{code[..3]}</span><span>{code[3..]}</span>", page);
        Assert.Contains("请在 Teams 的会议邀请卡片上输入此签到码", page);
        Assert.Contains("已签到 <b id=\"signed\">2</b> / <b id=\"invited\">6</b> 人", page);
        Assert.Contains("城关镇联络组 · 会议签到", page);
        Assert.Contains($"{Title}</h1>", page);
        Assert.Contains($"2027年3月16日 09:45–11:45 · {Place}", page);

        Clock.Advance(Step);
        var next = SignInCodes.CodeAt(m, Clock.GetUtcNow(), Step);
        Assert.Equal(next, Read(await CodeAsync(m)).Code);
        Assert.True(SignInCodes.Matches(m, code, Clock.GetUtcNow(), Step), "the code just replaced is still taken");

        Clock.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal(new Answer(null, null, 2, 6, "ended"), Read(await CodeAsync(m)));
        page = await PageAsync(m);
        Assert.Contains("签到已于 <span class=\"moment\">2027年3月16日 10:45</span> 结束", page);
        Assert.DoesNotContain("id=\"code\"", page);
    }

    [Theory]
    [InlineData(MeetingState.Cancelled, "cancelled", "本次会议已取消。")]
    [InlineData(MeetingState.Closed, "closed", "本次会议已结束，签到已关闭。")]
    public async Task ACancelledOrClosedMeeting_ShowsNoCode_EvenInTheWindow(MeetingState state, string json, string text)
    {
        var m = await AddAsync(host.Services, Meeting(Clock.GetUtcNow().AddMinutes(5), state), signedIn: 0);

        Assert.Equal(new Answer(null, null, 0, 6, json), Read(await CodeAsync(m)));
        var page = await PageAsync(m);
        Assert.Contains(text, page);
        Assert.DoesNotContain("id=\"code\"", page);
        Assert.Equal(state == MeetingState.Closed, page.Contains("id=\"signed\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWrongKey_AndAnUnknownMeeting_GetTheSameEmpty404()
    {
        var m = await AddAsync(host.Services, Meeting(Clock.GetUtcNow().AddMinutes(5)), signedIn: 0);
        var other = await AddAsync(host.Services, Meeting(Clock.GetUtcNow().AddMinutes(5)), signedIn: 0);
        var keyless = Meeting(Clock.GetUtcNow().AddMinutes(5));
        keyless.ScreenKey = "";
        await AddAsync(host.Services, keyless, signedIn: 0);

        string[] refused =
        [
            $"/meetings/{m.Id}/screen?key={other.ScreenKey}",
            $"/meetings/{m.Id}/screen?key={m.ScreenKey[..^1]}",
            $"/meetings/{m.Id}/screen?key={m.ScreenKey}x",
            $"/meetings/{m.Id}/screen?key={m.ScreenKey.ToUpperInvariant()}",
            $"/meetings/{m.Id}/screen",
            $"/meetings/{keyless.Id}/screen?key=",
            $"/meetings/{Guid.NewGuid():N}/screen?key={m.ScreenKey}",
            $"/meetings/a%3Fb/screen?key={m.ScreenKey}",
            $"/meetings/{new string('a', 500)}/screen?key={m.ScreenKey}",
        ];
        foreach (var path in refused.Concat(refused.Select(p => p.Replace("/screen", "/screen/code"))))
        {
            using var response = await host.Client.GetAsync(path);
            Assert.Equal(404, (int)response.StatusCode);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }

        Assert.Equal(200, (int)(await host.Client.GetAsync(ScreenPath(m))).StatusCode);
    }

    [Fact]
    public async Task TheScreen_IsNeitherCachedNorIndexedNorReferred_AndLoadsNothingFromElsewhere()
    {
        var m = await AddAsync(host.Services, Meeting(Clock.GetUtcNow().AddMinutes(5)), signedIn: 1);

        foreach (var path in new[] { ScreenPath(m), CodePath(m) })
        {
            using var response = await host.Client.GetAsync(path);
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
            Assert.Equal("noindex, nofollow", Header(response, "X-Robots-Tag"));
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            var policy = Header(response, "Content-Security-Policy");
            Assert.Contains("default-src 'none'", policy);
            Assert.Contains("script-src 'self';", policy);
            Assert.Contains("connect-src 'self';", policy);
            Assert.Contains("style-src 'self';", policy);
            Assert.DoesNotContain("unsafe", policy);
        }

        var page = await PageAsync(m);
        Assert.DoesNotContain("http:", page);
        Assert.DoesNotContain("https:", page);
        Assert.DoesNotContain("//", page.Replace("<!DOCTYPE html>", ""));
        Assert.DoesNotContain("<script>", page);
        Assert.DoesNotContain("style=", page);
        Assert.Contains($"<script src=\"{SignInScreen.ScriptPath}\" defer></script>", page);
        foreach (var (path, type) in new[] { (SignInScreen.ScriptPath, "text/javascript"), (SignInScreen.StylePath, "text/css") })
        {
            using var asset = await host.Client.GetAsync(path);
            Assert.Equal(200, (int)asset.StatusCode);
            Assert.Equal(type, asset.Content.Headers.ContentType?.MediaType);
            var text = await asset.Content.ReadAsStringAsync();
            Assert.DoesNotContain("http:", text);
            Assert.DoesNotContain("https:", text);
            Assert.DoesNotContain("@import", text);
            Assert.DoesNotContain("url(", text);
        }
    }

    [Theory]
    [InlineData("?lang=en", null, "en")]
    [InlineData("?lang=zh-CN", "en-US", "zh")]
    [InlineData("?lang=fr", "en-GB,zh;q=0.5", "en")]
    [InlineData("", "en-US,en;q=0.9,zh-CN;q=0.8", "en")]
    [InlineData("", "zh-CN,zh;q=0.9,en;q=0.8", "zh")]
    [InlineData("", "fr-FR,de;q=0.9", "zh")]
    [InlineData("", "fr-FR,en;q=0.5,zh;q=0.7", "zh")]
    [InlineData("", null, "zh")]
    public async Task ThePage_SpeaksTheLanguageAskedFor_ElseTheBrowsers_ElseChinese(string query, string? acceptLanguage, string language)
    {
        var m = await AddAsync(host.Services, Meeting(Clock.GetUtcNow().AddMinutes(5)), signedIn: 3);

        using var request = new HttpRequestMessage(HttpMethod.Get, ScreenPath(m) + query.Replace('?', '&'));
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await host.Client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();
        if (language == "en")
        {
            Assert.Contains("<html lang=\"en\">", page);
            Assert.Contains("Type this code on your meeting card in Teams", page);
            Assert.Contains("<b id=\"signed\">3</b> of <b id=\"invited\">6</b> signed in", page);
            Assert.Matches(@"1[56] Mar 2027 \d\d:\d\d–\d\d:\d\d · ", page);
            Assert.Contains("&amp;lang=zh-CN\" lang=\"zh-CN\">中文</a>", page);
        }
        else
        {
            Assert.Contains("<html lang=\"zh-CN\">", page);
            Assert.Contains("请在 Teams 的会议邀请卡片上输入此签到码", page);
            Assert.Contains("&amp;lang=en\" lang=\"en\">English</a>", page);
        }
    }

    private async Task<string> PageAsync(MeetingEntity m)
    {
        using var response = await host.Client.GetAsync(ScreenPath(m));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<JsonObject> CodeAsync(MeetingEntity m)
    {
        using var response = await host.Client.GetAsync(CodePath(m));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["code", "secondsLeft", "signedIn", "invited", "state"], json.Select(p => p.Key));
        return json;
    }

    private static Answer Read(JsonObject json) =>
        new((string?)json["code"], (double?)json["secondsLeft"], (int)json["signedIn"]!, (int)json["invited"]!, (string)json["state"]!);

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    private sealed record Answer(string? Code, double? SecondsLeft, int SignedIn, int Invited, string State);
}
