using LiaisonBot.Cards;
using LiaisonBot.Features.Roster;
using LiaisonBot.Protocol;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Plans;

/// <summary>
/// A plan file the secretariat attached in their chat with the bot: downloaded (only from the configured hosts, only up
/// to the size limit), read, checked, imported, and answered with what changed or every problem found.
/// </summary>
public sealed class PlanUpload(IHttpClientFactory http, PlanImporter importer, IOptions<PlanOptions> options, ILogger<PlanUpload> logger)
{
    public const string HttpClientName = "plan-files";

    public async Task HandleAsync(Turn turn, CancellationToken ct)
    {
        var caller = turn.Get<Caller>();
        if (!caller.Has(Roles.Secretariat))
        {
            await turn.ReplyAsync(CardAttachment.Message(PlanCards.Message(caller.Texts, "Plans.Upload.NotAllowed")), ct);
            return;
        }

        var file = TeamsFiles.In(turn.Activity)[0];
        var read = await ReadAsync(file, caller.Roster, ct);
        var result = read.Succeeded ? await importer.ImportAsync(read.Workbook!, ct) : null;
        logger.LogInformation("Plan file {File} from {Member}: {Errors} errors, imported {Imported}.", file.Name, caller.Member!.Code, read.Errors.Count, result is not null);
        await turn.ReplyAsync(CardAttachment.Message(PlanCards.Imported(caller.Texts, file.Name, read, result)), ct);
    }

    private async Task<PlanFileRead> ReadAsync(TeamsFile file, Committee roster, CancellationToken ct)
    {
        var limits = options.Value;
        if (!Allowed(file.DownloadUrl))
        {
            logger.LogWarning("Plan file download refused: host {Host} is not in Plans:DownloadHosts.", file.DownloadUrl.Host);
            return PlanFileRead.Failed(new PlanFileError("", 0, "Plans.Upload.BadSource"));
        }

        using var response = await http.CreateClient(HttpClientName).GetAsync(file.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Plan file download failed: {Status}.", (int)response.StatusCode);
            return PlanFileRead.Failed(new PlanFileError("", 0, "Plans.Upload.DownloadFailed"));
        }

        if (response.Content.Headers.ContentLength > limits.MaxFileBytes)
        {
            return PlanFileRead.Failed(new PlanFileError("", 0, "Plans.File.TooLarge", limits.MaxFileBytes / 1024 / 1024));
        }

        // The length header may be absent or wrong: copy at most one byte over the limit, then judge.
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var content = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await body.ReadAsync(buffer, ct)) > 0 && content.Length <= limits.MaxFileBytes)
        {
            content.Write(buffer, 0, n);
        }

        if (content.Length > limits.MaxFileBytes)
        {
            return PlanFileRead.Failed(new PlanFileError("", 0, "Plans.File.TooLarge", limits.MaxFileBytes / 1024 / 1024));
        }

        content.Position = 0;
        return await PlanFileReader.ReadAsync(content, file.Name, roster, limits, ct);
    }

    private bool Allowed(Uri url) =>
        url.Scheme == Uri.UriSchemeHttps || (url.IsLoopback && url.Scheme == Uri.UriSchemeHttp)
            ? options.Value.DownloadHosts.Any(h => h.StartsWith("*.", StringComparison.Ordinal)
                ? url.Host.EndsWith(h[1..], StringComparison.OrdinalIgnoreCase)
                : string.Equals(url.Host, h, StringComparison.OrdinalIgnoreCase))
            : false;
}
