using LiaisonBot.App;
using LiaisonBot.Cards;
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
        var sender = turn.Get<Sender>();
        if (sender.AsCaller() is not { } caller || !caller.Has(Roles.Secretariat))
        {
            await turn.ReplyAsync(CardAttachment.Message(PlanCards.Message(sender.Texts, "Plans.Upload.NotAllowed")), ct);
            return;
        }

        var file = TeamsFiles.In(turn.Activity)[0];
        var read = await ReadAsync(file, caller.Roster, ct);
        var result = read.Succeeded ? await importer.ImportAsync(read.Workbook!, ct) : null;
        logger.LogInformation("Plan file {File} from {Member}: {Errors} errors, imported {Imported}.", file.Name, caller.Member.Code, read.Errors.Count, result is not null);
        await turn.ReplyAsync(CardAttachment.Message(PlanCards.Imported(caller.Texts, file.Name, read, result)), ct);
    }

    private async Task<PlanFileRead> ReadAsync(TeamsFile file, Committee roster, CancellationToken ct)
    {
        var limits = options.Value.FileLimits;
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

        // The reader stops at the size limit, whatever the length header says.
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        return await PlanFileReader.ReadAsync(body, file.Name, roster, limits, ct);
    }

    private bool Allowed(Uri url) =>
        url.Scheme == Uri.UriSchemeHttps || (url.IsLoopback && url.Scheme == Uri.UriSchemeHttp)
            ? options.Value.DownloadHosts.Any(h => h.StartsWith("*.", StringComparison.Ordinal)
                ? url.Host.EndsWith(h[1..], StringComparison.OrdinalIgnoreCase)
                : string.Equals(url.Host, h, StringComparison.OrdinalIgnoreCase))
            : false;
}
