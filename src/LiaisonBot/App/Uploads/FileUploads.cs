using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Spreadsheets;
using Microsoft.Extensions.Options;

namespace LiaisonBot.App.Uploads;

/// <summary>
/// A file the secretariat attached in their chat with the bot: downloaded only from the configured hosts and only up to
/// the size limit, then handed to the import it belongs to.
/// </summary>
public sealed class FileUploads(IHttpClientFactory http, IEnumerable<IUploadImport> imports, IOptions<UploadOptions> options, ILogger<FileUploads> logger)
{
    public const string HttpClientName = "uploads";

    public async Task HandleAsync(Turn turn, CancellationToken ct)
    {
        var sender = turn.Get<Sender>();
        if (sender.AsCaller() is not { } caller || !caller.Has(Roles.Secretariat))
        {
            await turn.ReplyAsync(CardAttachment.Message(Notice(sender.Texts, "Upload.NotAllowed")), ct);
            return;
        }

        var file = TeamsFiles.In(turn.Activity)[0];
        var (content, problem) = await DownloadAsync(file, ct);
        var import = content is null ? null : imports.FirstOrDefault(i => !i.IsFallback && i.Claims(content)) ?? imports.Single(i => i.IsFallback);
        var card = import is null ? Notice(caller.Texts, problem!, Upload.Size(options.Value.MaxFileBytes)) : await import.ImportAsync(caller, file.Name, content!, ct);
        logger.LogInformation("File {File} from {Member}: {Outcome}.", file.Name, caller.Member.Code, import?.GetType().Name ?? problem);
        await turn.ReplyAsync(CardAttachment.Message(card), ct);
    }

    private async Task<(byte[]? Content, string? Problem)> DownloadAsync(TeamsFile file, CancellationToken ct)
    {
        if (!Allowed(file.DownloadUrl))
        {
            logger.LogWarning("Download refused: host {Host} is not in Uploads:DownloadHosts.", file.DownloadUrl.Host);
            return (null, "Upload.BadSource");
        }

        using var response = await http.CreateClient(HttpClientName).GetAsync(file.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Download failed: {Status}.", (int)response.StatusCode);
            return (null, "Upload.DownloadFailed");
        }

        // Read up to the limit, whatever the length header says.
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var content = await Upload.ReadAtMostAsync(body, options.Value.MaxFileBytes, ct);
        return content is null ? (null, "File.TooLarge") : (content, null);
    }

    private bool Allowed(Uri url) =>
        (url.Scheme == Uri.UriSchemeHttps || (url.IsLoopback && url.Scheme == Uri.UriSchemeHttp))
        && options.Value.DownloadHosts.Any(h => h.StartsWith("*.", StringComparison.Ordinal)
            ? url.Host.EndsWith(h[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(url.Host, h, StringComparison.OrdinalIgnoreCase));

    private static AdaptiveCard Notice(Texts t, string key, params object[] args) =>
        Parts.Notice(t.Format(key, args), attention: true, new ExecuteAction(t["Button.help"], "help"));
}
