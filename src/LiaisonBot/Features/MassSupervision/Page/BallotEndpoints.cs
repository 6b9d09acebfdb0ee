using HttpResults = Microsoft.AspNetCore.Http.Results;
using System.Threading.RateLimiting;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Hosting;
using LiaisonBot.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.MassSupervision.Page;

/// <summary>
/// The public ballot page on the bot's own host: <c>GET /v/</c> asks for the code (the slip's QR link is <c>/v/#CODE</c>,
/// so the code stays in the browser and never reaches a server or proxy log), <c>POST /v/</c> checks it and shows the
/// questions, and takes the answers. Strict headers, antiforgery on every post, bounded bodies and fields, and two rate
/// limits: posts per address (ASP.NET Core's limiter) and refused codes per address and campaign (<see cref="FailedCodes"/>).
/// </summary>
public static class BallotEndpoints
{
    public const string Path = "/v/";
    public const string ScriptPath = "/v/ballot.js";
    public const string StylePath = "/v/ballot.css";
    public const string PostPolicy = "mass-ballot-posts";

    /// <summary>A ballot of 40 questions and a 500-character suggestion is about 3 KB as a form; nothing needs more.</summary>
    public const int MaxBody = 16 * 1024;

    // Nothing from elsewhere and no inline code: the page must work in WeChat's browser in mainland China and resist injection.
    private const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src data:; form-action 'self'; "
        + "base-uri 'none'; frame-ancestors 'none'";

    private static readonly byte[] Script = PageAssets.Read("LiaisonBot.MassSupervision.Page.ballot.js");
    private static readonly byte[] Style = PageAssets.Read("LiaisonBot.MassSupervision.Page.ballot.css");

    public static void AddBallotPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "mass-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "af";
            o.SuppressXFrameOptionsHeader = true; // set to DENY below, for every answer of the page
        });
        var posts = configuration.GetSection(MassOptions.Section).Get<MassOptions>()?.PostsPerMinute ?? new MassOptions().PostsPerMinute;
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) =>
            {
                // The same polite page as too many wrong codes: a phone's user sees a page, never a bare status.
                var http = context.HttpContext;
                var t = Language(http.Request.Query["lang"]);
                Secure(http.Response);
                http.Response.ContentType = "text/html; charset=utf-8";
                return new ValueTask(http.Response.WriteAsync(BallotHtml.Refused(t, PageForm.Of(http.Request, t, "", ""), CodeVerdict.TooMany), ct));
            };
            o.AddPolicy(PostPolicy, http => RateLimitPartition.GetFixedWindowLimiter(Address(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = posts,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
        });
        services.AddSingleton<FailedCodes>();
        services.AddSingleton<CodeChecker>();
        services.AddSingleton<BallotPage>();
    }

    public static void MapBallotPage(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapGet(Path, (HttpContext http, string? lang, IAntiforgery antiforgery) =>
        {
            Secure(http.Response);
            var t = Language(lang);
            return Html(BallotHtml.Code(t, Form(http, antiforgery, t)));
        });
        app.MapPost(Path, (HttpContext http, string? lang, BallotPage page, CancellationToken ct) => page.PostAsync(http, Language(lang), ct))
            .RequireRateLimiting(PostPolicy)
            .DisableAntiforgery(); // checked by the handler itself, which answers a failure with a plain 400
        app.MapGet(ScriptPath, (HttpContext http) => PageAssets.Serve(http, Script, "text/javascript; charset=utf-8"));
        app.MapGet(StylePath, (HttpContext http) => PageAssets.Serve(http, Style, "text/css; charset=utf-8"));
    }

    /// <summary>Chinese unless the link asks for English.</summary>
    public static Texts Language(string? lang) => lang is not null && lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Texts.English : Texts.Chinese;

    public static PageForm Form(HttpContext http, IAntiforgery antiforgery, Texts t)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return PageForm.Of(http.Request, t, tokens.FormFieldName, tokens.RequestToken!);
    }

    public static IResult Html(string page) => HttpResults.Content(page, "text/html; charset=utf-8");

    /// <summary>The client's address as this host sees it: a rate-limit key, held in memory only, never stored or logged.</summary>
    public static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>No framing, no referrer, no caching, no indexing, only our own files.</summary>
    public static void Secure(HttpResponse response)
    {
        var headers = response.Headers;
        headers.CacheControl = "no-cache, no-store"; // what antiforgery sets on its pages; any other value it logs a warning about
        headers.ContentSecurityPolicy = Policy;
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers.XContentTypeOptions = "nosniff";
    }
}
