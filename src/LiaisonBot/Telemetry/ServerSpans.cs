using System.Diagnostics;

namespace LiaisonBot.Telemetry;

/// <summary>A request span's path as its route template: the ballot page's and sign-in screen's paths carry codes.</summary>
internal static class ServerSpans
{
    public static void UseRoute(Activity span, HttpContext http)
    {
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        span.SetTag("url.path", route is null ? UrlRedaction.ReducePath(http.Request.Path.Value ?? "/") : "/" + route.TrimStart('/'));
        span.SetTag("url.query", null);
    }
}
