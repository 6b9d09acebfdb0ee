namespace LiaisonBot.Hosting;

/// <summary>
/// The script and style files of the bot's own public pages (the sign-in screen, the ballot page), embedded in the
/// assembly and served by the bot itself, so a page never loads anything from anywhere else.
/// </summary>
public static class PageAssets
{
    public static byte[] Read(string logicalName)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"{logicalName} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Small and changed only by a deployment: revalidated on each load rather than kept stale after one.</summary>
    public static IResult Serve(HttpContext http, byte[] content, string type)
    {
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(content, type);
    }
}
