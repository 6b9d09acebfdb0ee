using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.DutyFile;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using Microsoft.Extensions.Options;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>
/// The results as files: the secretariat's workbook and every group's printable scorecard, a leader's own scorecard to
/// print. Each is a card with a signed half-hour link; the file is made when the link is opened, from the year's rows as
/// they are then (frozen once approved).
/// </summary>
public sealed class ResultsExport(ResultsView view, ResultsLinks links, AssessmentResults results, WorkCalendar calendar,
    IOptions<DutyFileOptions> options, ILogger<ResultsExport> logger) : IDisposable
{
    public const string PdfType = "application/pdf";

    // The duty files' font setting: one font for everything the bot prints.
    private readonly Lazy<ScorecardPdf?> pdf = new(() => ScorecardPdf.Open(options.Value.PdfFont));

    public async Task<AdaptiveCard> ExportAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var t = caller.Texts;
        if (await view.YearAsync(turn, ct) is not { } year)
        {
            return Parts.Notice(t["Assessment.Results.None"], attention: false);
        }

        var lang = t.Culture.Name;
        return Card(t, year.Assessment.Year, links.Of(ResultsFile.Workbook, year.Assessment.Year, null, lang),
            (t["Assessment.Export.AllGroups"], links.Of(ResultsFile.Scorecards, year.Assessment.Year, null, lang)));
    }

    public async Task<AdaptiveCard> PrintAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var t = caller.Texts;
        if (await view.YearAsync(turn, ct) is not { } year)
        {
            return Parts.Notice(t["Assessment.Results.None"], attention: false);
        }

        // The secretariat without a group named prints every group's; anyone else only the scorecard they may see.
        var all = caller.Has(Roles.Secretariat) && turn.ActionString(AssessmentVerbs.Group) is null;
        var card = all ? null : ResultsView.GroupOf(turn, caller, year);
        if (!all && card is null)
        {
            return Parts.Notice(t.Format("Assessment.Results.NoGroup", year.Assessment.Year), attention: false);
        }

        var group = card?.Group;
        return Card(t, year.Assessment.Year, null,
            (group?.Name ?? t["Assessment.Export.AllGroups"], links.Of(ResultsFile.Scorecards, year.Assessment.Year, group?.Code, t.Culture.Name)));
    }

    public static AdaptiveCard Card(Texts t, int year, string? workbookUrl, (string Whose, string Url) scorecards)
    {
        var actions = new List<CardAction>();
        if (workbookUrl is not null)
        {
            actions.Add(new OpenUrlAction(t["Assessment.Export.Workbook"], workbookUrl));
        }

        actions.Add(new OpenUrlAction(t.Format("Assessment.Export.Pdf", scorecards.Whose), scorecards.Url));
        return new AdaptiveCard(
        [
            Parts.Title(t.Format("Assessment.Export.Title", year)),
            new TextBlock(t.Format(workbookUrl is null ? "Assessment.Export.PdfReady" : "Assessment.Export.Ready", (int)ResultsLinks.Lifetime.TotalMinutes)),
        ])
        { Actions = actions };
    }

    /// <summary>The file behind a link: 404 for a forged or expired link or a year or group that is not there; 503 when PDFs cannot be made here.</summary>
    public async Task<IResult> DownloadAsync(string token, CancellationToken ct)
    {
        if (links.Read(token) is not { } link || await results.ForYearAsync(link.Year, ct) is not { } year)
        {
            return HttpResults.NotFound();
        }

        var t = Texts.For(link.Lang);
        if (link.File == ResultsFile.Workbook)
        {
            return HttpResults.File(AssessmentWorkbook.Build(t, year), AssessmentWorkbook.ContentType, t.Format("Assessment.Export.FileName", link.Year));
        }

        var cards = link.Group is null ? year.Cards : year.Of(link.Group) is { } one ? [one] : [];
        if (cards.Count == 0)
        {
            return HttpResults.NotFound();
        }

        if (pdf.Value is not { } printer)
        {
            logger.LogError("No PDF: the font {Font} (DutyFile:PdfFont) is missing or unreadable.", options.Value.PdfFont);
            return HttpResults.Problem(t["Assessment.Pdf.Unavailable"], statusCode: 503);
        }

        // Printed in the committee's order (townships, then agencies), as the paper files are kept; the ranking has the order by total.
        var ordered = cards.OrderBy(c => c.Group.Kind).ThenBy(c => c.Group.Code, StringComparer.Ordinal).ToList();
        return HttpResults.File(printer.Build(t, year, ordered, calendar.Today), PdfType,
            t.Format("Assessment.Pdf.FileName", link.Year, cards.Count == 1 ? cards[0].Group.Name : t["Assessment.Export.AllGroups"]));
    }

    public void Dispose()
    {
        if (pdf.IsValueCreated)
        {
            pdf.Value?.Dispose();
        }
    }
}
