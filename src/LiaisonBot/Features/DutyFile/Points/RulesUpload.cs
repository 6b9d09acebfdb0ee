using LiaisonBot.App;
using LiaisonBot.App.Uploads;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>
/// The points rules workbook attached in the secretariat's chat: read whole, stored as the year's rules, and the year's
/// points recomputed at once, so the answer already holds every member's new points; or every problem, and nothing changed.
/// </summary>
public sealed class RulesUpload(PointsRulesStore store, PointsBook book, WorkCalendar calendar, ILogger<RulesUpload> logger) : IUploadImport
{
    public bool Claims(byte[] content) => RuleFileReader.IsRulesWorkbook(content, RuleFileLimits.Default);

    public async Task<AdaptiveCard> ImportAsync(Caller caller, string fileName, byte[] content, CancellationToken ct)
    {
        var read = RuleFileReader.Read(content, fileName, RuleFileLimits.Default, ct);
        if (!read.Succeeded)
        {
            logger.LogInformation("Points rules {File}: {Errors} errors, not loaded.", fileName, read.Errors.Count);
            return Failed(caller.Texts, fileName, read.Errors);
        }

        var rules = read.Rules!;
        var changed = await store.SaveAsync(rules, fileName, caller.Member.Name, calendar.Now, ct);
        var members = changed ? await book.RecomputeYearAsync(rules.Year, ct) : 0;
        logger.LogInformation("Points rules for {Year} from {File}: changed {Changed}, {Members} members recomputed.", rules.Year, fileName, changed, members);
        return Loaded(caller.Texts, fileName, rules, changed, members);
    }

    public static AdaptiveCard Failed(Texts t, string fileName, IReadOnlyList<SheetError> errors) => new(
    [
        Parts.Title(t["Points.Import.Title"]),
        new TextBlock(Parts.Clip(fileName, 80)) { IsSubtle = true, Spacing = Spacing.None },
        .. SheetError.Listed(t, errors, "Points.Import.Failed", "Points.File.Sheet"),
    ]);

    public static AdaptiveCard Loaded(Texts t, string fileName, PointsRules rules, bool changed, int members) => new(
    [
        Parts.Title(t.Format("Points.Rules.Title", rules.Year)),
        new TextBlock(Parts.Clip(fileName, 80)) { IsSubtle = true, Spacing = Spacing.None },
        new TextBlock(changed ? t.Plural("Points.Import.Done", members) : t["Points.Import.Unchanged"]) { Color = TextColor.Good, Weight = TextWeight.Bolder },
        .. RulesCard.Body(t, rules),
    ])
    {
        Actions = [new ExecuteAction(t["Button.points"], DutyFileVerbs.Points) { Data = YearSwitch.With(null, rules.Year) }],
    };
}
