using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.DutyFile.Exports;

/// <summary>
/// The secretariat's export of the year's points: a card with a download link valid for half an hour, and the link itself,
/// which builds the workbook when it is opened (so it always holds the points as they are then).
/// </summary>
public sealed class ExportPoints(PointsDownloads downloads, DutyPointsStore points, RosterStore roster, WorkCalendar calendar, IHttpContextAccessor http)
{
    public const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<AdaptiveCard> LinkAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        var path = await downloads.CreateAsync(DownloadKind.Workbook, year, null, caller.Texts.Culture.Name, caller.Member.Code, ct);
        return Card(caller.Texts, year, Absolute(path));
    }

    public static AdaptiveCard Card(Texts t, int year, string url) => new(
    [
        Parts.Title(t.Format("Points.Export.Title", year)),
        new TextBlock(t.Format("Points.Export.Ready", (int)PointsDownloads.Lifetime.TotalMinutes)),
    ])
    {
        Actions =
        [
            new OpenUrlAction(t["Points.Export.Download"], url),
            new ExecuteAction(t["Button.points"], DutyFileVerbs.Points) { Data = YearSwitch.With(null, year) },
        ],
    };

    /// <summary>The file behind a link: 404 for a link that does not exist or has expired.</summary>
    public async Task<IResult> DownloadAsync(string id, CancellationToken ct)
    {
        if (await downloads.FindAsync(id, ct) is not { } link || link.DownloadKind != DownloadKind.Workbook)
        {
            return Results.NotFound();
        }

        var t = Texts.For(link.Locale);
        var rows = await points.OfYearAsync(link.Year, null, withLines: true, ct);
        var workbook = PointsWorkbook.Build(t, link.Year, rows, await roster.GetAsync(ct));
        return Results.File(workbook, WorkbookType, t.Format("Points.Export.FileName", link.Year));
    }

    private string Absolute(string path) => http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{path}" : path;
}
