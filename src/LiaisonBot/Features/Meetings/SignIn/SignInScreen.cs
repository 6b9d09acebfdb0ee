using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Hosting;
using LiaisonBot.Localization;
using LiaisonBot.Storage;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Meetings.SignIn;

/// <summary>
/// The page the organiser projects in the room (or holds up on a phone): the meeting, its current sign-in code and how many
/// have signed in, kept fresh by a small script polling <c>…/screen/code</c>. Whoever holds the link sees the codes, so the
/// link's key is the permission: compared in constant time, and a wrong key looks exactly like a meeting that does not exist.
/// </summary>
public sealed class SignInScreen(MeetingStore meetings, SignInWindow window, RosterStore roster, WorkCalendar calendar, TimeProvider clock,
    IOptions<MeetingOptions> options)
{
    public const string ScriptPath = "/meetings/screen.js";
    public const string StylePath = "/meetings/screen.css";

    // Nothing from elsewhere, and no inline code: the page must work offline behind the Great Firewall and resist injection.
    // The one image is the empty icon (data:), which spares browsers asking for a /favicon.ico the bot does not have.
    private const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src data:; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Meeting ids are the bot's own; anything a table key cannot hold is not one, and is not looked up.</summary>
    private const int MaxIdLength = 100;

    private static readonly byte[] Script = PageAssets.Read("LiaisonBot.Meetings.SignIn.screen.js");
    private static readonly byte[] Style = PageAssets.Read("LiaisonBot.Meetings.SignIn.screen.css");

    /// <summary>The screen's link (path and query) for the organiser's card; the page's language follows the reader's browser.</summary>
    public static string PathOf(MeetingEntity m) => $"/meetings/{Uri.EscapeDataString(m.Id)}/screen?key={Uri.EscapeDataString(m.ScreenKey)}";

    public static void Map(WebApplication app)
    {
        app.MapGet("/meetings/{id}/screen", (string id, string? key, string? lang, HttpContext http, SignInScreen screen, CancellationToken ct) =>
            screen.PageAsync(http, id, key, lang, ct));
        app.MapGet("/meetings/{id}/screen/code", (string id, string? key, HttpContext http, SignInScreen screen, CancellationToken ct) =>
            screen.CodeAsync(http, id, key, ct));
        app.MapGet(ScriptPath, (HttpContext http) => PageAssets.Serve(http, Script, "text/javascript; charset=utf-8"));
        app.MapGet(StylePath, (HttpContext http) => PageAssets.Serve(http, Style, "text/css; charset=utf-8"));
    }

    public async Task<IResult> PageAsync(HttpContext http, string id, string? key, string? lang, CancellationToken ct)
    {
        Private(http.Response);
        if (await FindAsync(id, key, ct) is not { } m)
        {
            return Results.NotFound();
        }

        var t = Language(http.Request, lang);
        var view = await ViewAsync(m, ct);
        var organiser = m.OrganiserGroup is null
            ? t["Meeting.Screen.Office"]
            : (await roster.GetAsync(ct)).Group(m.OrganiserGroup)?.Name ?? m.OrganiserName;
        var links = new ScreenLinks(
            http.Request.PathBase + ScriptPath,
            http.Request.PathBase + StylePath,
            $"{http.Request.PathBase}/meetings/{Uri.EscapeDataString(m.Id)}/screen/code?key={Uri.EscapeDataString(m.ScreenKey)}",
            $"?key={Uri.EscapeDataString(m.ScreenKey)}&lang={(t.IsChinese ? "en" : "zh-CN")}");
        return Results.Content(SignInPage.Render(t, view, organiser, calendar, links), "text/html; charset=utf-8");
    }

    public async Task<IResult> CodeAsync(HttpContext http, string id, string? key, CancellationToken ct)
    {
        Private(http.Response);
        if (await FindAsync(id, key, ct) is not { } m)
        {
            return Results.NotFound();
        }

        var v = await ViewAsync(m, ct);
        return Results.Json(new ScreenCode(v.Code, v.SecondsLeft is { } s ? Math.Round(s, 3) : null, v.SignedIn, v.Invited, State(v.Phase)),
            JsonSerializerOptions.Web);
    }

    public static string State(SignInPhase phase) => JsonNamingPolicy.CamelCase.ConvertName(phase.ToString());

    private async Task<MeetingEntity?> FindAsync(string id, string? key, CancellationToken ct)
    {
        if (id.Length > MaxIdLength || Keys.Escape(id) != id || await meetings.FindAsync(id, ct) is not { } m)
        {
            return null;
        }

        return m.ScreenKey.Length > 0 && key is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(m.ScreenKey), Encoding.UTF8.GetBytes(key))
            ? m
            : null;
    }

    private async Task<ScreenView> ViewAsync(MeetingEntity m, CancellationToken ct)
    {
        var invitees = await meetings.InviteesAsync(m.Id, ct);
        // The clock read after the query, so the code and its seconds are as fresh as they can be when they leave.
        var now = clock.GetUtcNow();
        var step = options.Value.CodeStep;
        var phase = window.Phase(m, now);
        var open = phase == SignInPhase.Open;
        return new ScreenView(m, phase, window.Opens(m), window.Closes(m), step,
            open ? SignInCodes.CodeAt(m, now, step) : null, open ? SignInCodes.SecondsLeft(now, step) : null,
            invitees.Count(i => i.IsPresent), invitees.Count);
    }

    /// <summary>The <c>lang</c> asked for, else the first of Chinese or English the browser prefers, else Chinese.</summary>
    private static Texts Language(HttpRequest request, string? lang)
    {
        var asked = new[] { lang }.Concat(request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1) // a stable sort: equal qualities keep the browser's order
            .Select(l => l.Value.Value));
        var known = asked.FirstOrDefault(l => l is not null
            && (l.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase)));
        return known is null ? Texts.Chinese : Texts.For(known);
    }

    /// <summary>Codes must not linger in caches or leak through referrers, and the page has no business in a search engine.</summary>
    private static void Private(HttpResponse response)
    {
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = Policy;
    }
}
