using LiaisonBot.App;
using LiaisonBot.App.Uploads;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>
/// The scheme workbook attached in the secretariat's chat: read whole and stored as its year's scheme, answered with the
/// scheme as loaded; or every problem, or the approved year's refusal, and nothing changed.
/// </summary>
public sealed class SchemeUpload(AssessmentStore store, AssessmentFigures figures, WorkCalendar calendar, ILogger<SchemeUpload> logger) : IUploadImport
{
    public bool Claims(byte[] content) => SchemeFileReader.IsSchemeWorkbook(content, SchemeFileLimits.Default);

    public async Task<AdaptiveCard> ImportAsync(Caller caller, string fileName, byte[] content, CancellationToken ct)
    {
        var read = SchemeFileReader.Read(content, fileName, SchemeFileLimits.Default, ct);
        if (!read.Succeeded)
        {
            logger.LogInformation("Assessment scheme {File}: {Errors} errors, not loaded.", fileName, read.Errors.Count);
            return Failed(caller.Texts, fileName, read.Errors);
        }

        var scheme = read.Scheme!;
        var saved = await SchemeSave.SaveAsync(store, scheme, fileName, caller.Member.Name, calendar.Now, ct);
        if (saved == SchemeSaved.ReplacedOpen)
        {
            // The leaders' cards and the review read the figures: under the new scheme's items and formulas from now on.
            await figures.RecomputeYearAsync(scheme.Year, ct);
        }

        logger.LogInformation("Assessment scheme for {Year} from {File}: {Saved}.", scheme.Year, fileName, saved);
        return saved == SchemeSaved.Approved ? Refused(caller.Texts, fileName, scheme.Year) : Loaded(caller.Texts, fileName, scheme, saved);
    }

    public static AdaptiveCard Failed(Texts t, string fileName, IReadOnlyList<SheetError> errors) => new(
    [
        .. Heading(t, fileName),
        .. SheetError.Listed(t, errors, "Points.Import.Failed", "Assessment.File.Sheet"),
    ]);

    public static AdaptiveCard Refused(Texts t, string fileName, int year) => new(
    [
        .. Heading(t, fileName),
        new TextBlock(t.Format("Assessment.Scheme.Import.Approved", year)) { Color = TextColor.Attention, Weight = TextWeight.Bolder },
    ])
    {
        Actions = [ShowButton(t, year)],
    };

    public static AdaptiveCard Loaded(Texts t, string fileName, AssessmentScheme scheme, SchemeSaved saved) => new(
    [
        Parts.Title(t.Format("Assessment.Scheme.Title", scheme.Year)),
        new TextBlock(Parts.Clip(fileName, 80)) { IsSubtle = true, Spacing = Spacing.None },
        new TextBlock(t.Format($"Assessment.Scheme.Import.{saved}", scheme.Year)) { Color = TextColor.Good, Weight = TextWeight.Bolder },
        .. SchemeCard.Body(t, scheme),
    ]);

    private static IEnumerable<CardElement> Heading(Texts t, string fileName) =>
    [
        Parts.Title(t["Assessment.Scheme.Import.Title"]),
        new TextBlock(Parts.Clip(fileName, 80)) { IsSubtle = true, Spacing = Spacing.None },
    ];

    private static ExecuteAction ShowButton(Texts t, int year) =>
        new(t["Assessment.Scheme.Show"], AssessmentVerbs.Scheme) { Data = YearSwitch.With(null, year) };
}
