using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.App.Uploads;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Spreadsheets;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>
/// A plan file the secretariat attached in their chat with the bot (see <see cref="FileUploads"/>): read, checked, imported, and
/// answered with what changed or every problem found. It is the fallback import: a file no other import claims is read as
/// a plan file, whose errors say what a plan file must hold.
/// </summary>
public sealed class PlanUpload(PlanImporter importer, IOptions<PlanOptions> options, ILogger<PlanUpload> logger) : IUploadImport
{
    public bool IsFallback => true;

    public bool Claims(byte[] content) => true;

    public async Task<AdaptiveCard> ImportAsync(Caller caller, string fileName, byte[] content, CancellationToken ct)
    {
        var read = PlanFileReader.Read(content, fileName, caller.Roster, options.Value.FileLimits, ct);
        var result = read.Succeeded ? await importer.ImportAsync(read.Workbook!, ct) : null;
        logger.LogInformation("Plan file {File}: {Errors} errors, imported {Imported}.", fileName, read.Errors.Count, result is not null);
        return Card(caller.Texts, fileName, read, result);
    }

    /// <summary>The result of loading a plan file: what changed, or every problem by sheet and row (nothing was changed).</summary>
    public static AdaptiveCard Card(Texts t, string fileName, PlanFileRead read, PlanImportResult? result)
    {
        var body = new List<CardElement> { Parts.Title(t["Plans.Import.Title"]), new TextBlock(Parts.Clip(fileName, 80)) { IsSubtle = true, Spacing = Spacing.None } };
        if (result is null)
        {
            body.AddRange(SheetError.Listed(t, read.Errors, "Plans.Import.Failed", "Plans.File.Sheet"));
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
