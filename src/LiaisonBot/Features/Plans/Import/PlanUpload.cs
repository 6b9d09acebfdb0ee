using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Spreadsheets;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Plans.Import;

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
            await turn.ReplyAsync(CardAttachment.Message(PlanNotice.Card(sender.Texts, "Plans.Upload.NotAllowed")), ct);
            return;
        }

        var file = TeamsFiles.In(turn.Activity)[0];
        var read = await ReadAsync(file, caller.Roster, ct);
        var result = read.Succeeded ? await importer.ImportAsync(read.Workbook!, ct) : null;
        logger.LogInformation("Plan file {File} from {Member}: {Errors} errors, imported {Imported}.", file.Name, caller.Member.Code, read.Errors.Count, result is not null);
        await turn.ReplyAsync(CardAttachment.Message(Card(caller.Texts, file.Name, read, result)), ct);
    }

    private async Task<PlanFileRead> ReadAsync(TeamsFile file, Committee roster, CancellationToken ct)
    {
        var limits = options.Value.FileLimits;
        if (!Allowed(file.DownloadUrl))
        {
            logger.LogWarning("Plan file download refused: host {Host} is not in Plans:DownloadHosts.", file.DownloadUrl.Host);
            return PlanFileRead.Failed(new SheetError("", 0, "Plans.Upload.BadSource"));
        }

        using var response = await http.CreateClient(HttpClientName).GetAsync(file.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Plan file download failed: {Status}.", (int)response.StatusCode);
            return PlanFileRead.Failed(new SheetError("", 0, "Plans.Upload.DownloadFailed"));
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

    /// <summary>The result of loading a plan file: what changed, or every problem by sheet and row (nothing was changed).</summary>
    public static AdaptiveCard Card(Texts t, string fileName, PlanFileRead read, PlanImportResult? result)
    {
        var body = new List<CardElement> { Parts.Title(t["Plans.Import.Title"]), new TextBlock(Parts.Clip(fileName, 80)) { IsSubtle = true, Spacing = Spacing.None } };
        if (result is null)
        {
            body.Add(new TextBlock(t.Plural("Plans.Import.Failed", read.Errors.Count)) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
            body.Add(new TextBlock(string.Join("\n", read.Errors.Take(20).Select(e => "- " + e.Line(t, "Plans.File.Sheet")))) { Size = TextSize.Small });
            if (read.Errors.Count > 20)
            {
                body.Add(new TextBlock(t.Format("Plans.More", read.Errors.Count - 20)) { IsSubtle = true });
            }

            return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Button.plans"], PlanVerbs.Plans)] };
        }

        body.Add(new TextBlock(t[result.Changed ? "Plans.Import.Done" : "Plans.Import.Unchanged"]) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        body.Add(new FactSet(
        [
            new(t["Plans.Import.Year"], result.Year.ToString(CultureInfo.InvariantCulture)),
            new(t["Plans.Import.Groups"], result.Groups.ToString(CultureInfo.InvariantCulture)),
            new(t["Plans.Import.Added"], result.TasksAdded.ToString(CultureInfo.InvariantCulture)),
            new(t["Plans.Import.Changed"], result.TasksChanged.ToString(CultureInfo.InvariantCulture)),
            new(t["Plans.Import.Cancelled"], result.TasksCancelled.ToString(CultureInfo.InvariantCulture)),
            new(t["Plans.Import.Same"], result.TasksUnchanged.ToString(CultureInfo.InvariantCulture)),
        ]));
        body.Add(new TextBlock(t["Plans.Import.NotSent"]) { IsSubtle = true, Size = TextSize.Small });
        var yearData = new Dictionary<string, string> { [PlanVerbs.Year] = result.Year.ToString(CultureInfo.InvariantCulture) };
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(t["Plans.PublishAll"], PlanVerbs.Publish) { Data = new Dictionary<string, string>(yearData) { [PlanVerbs.Group] = PlanVerbs.AllGroups } },
                new ExecuteAction(t["Button.plans"], PlanVerbs.Plans) { Data = yearData },
            ],
        };
    }
}
