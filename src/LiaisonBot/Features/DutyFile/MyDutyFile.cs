using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.DutyFile;

/// <summary>
/// A member's duty file for one year (履职档案): the points and grade so far with the way to the yearly minimums, points by
/// kind as a chart (a text table on phones), how many activities are verified, waiting or back, the latest records with
/// where each stands and what it earned, the meetings attended or missed, and the satisfaction share in mass supervision. Without points rules for the year it shows
/// the counts alone.
/// </summary>
public sealed class MyDutyFile(FiledActivities activities, AttendanceRecords attendance, DutyPointsStore points, WorkCalendar calendar)
{
    public const int Shown = 10;

    public static readonly CommandInfo Command = new(DutyFileVerbs.Mine, Roles.Member);

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        var records = activities.OfMemberAsync(year, caller.Member.Code, ct);
        var meetings = attendance.OfMemberAsync(year, caller.Member.Code, ct);
        var row = points.FindAsync(year, caller.Member.Code, ct);
        return Card(caller.Texts, year, await records, await meetings, (await row)?.Read(), calendar);
    }

    public static AdaptiveCard Card(
        Texts t, int year, IReadOnlyList<MemberRecord> records, IReadOnlyList<AttendanceRecord> meetings, MemberPoints? points, WorkCalendar calendar)
    {
        var verified = records.Where(r => r.Counts && r.State == ReviewState.Verified).ToList();
        var waiting = records.Count(r => r.Counts && r.State == ReviewState.Submitted);
        var back = records.Count(r => r.State is ReviewState.Returned or ReviewState.Disputed);
        var body = new List<CardElement> { Parts.Title(t.Format("DutyFile.Title", year)), YearSwitch.Buttons(t, DutyFileVerbs.Mine, year, calendar) };
        if (points is not null)
        {
            body.AddRange(PointsParts.Summary(t, points));
        }

        body.Add(new ColumnSet(
        [
            Parts.Figure(t["DutyFile.Verified"], verified.Count, TextColor.Good),
            Parts.Figure(t["DutyFile.Waiting"], waiting, null),
            Parts.Figure(t["DutyFile.Back"], back, back > 0 ? TextColor.Attention : null),
        ])
        { Separator = points is not null });
        body.Add(new TextBlock(t[points is null ? "DutyFile.OnlyVerified" : "DutyFile.OnlyVerifiedPoints"]) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        if (points?.ByKind is { Count: > 0 } byKind)
        {
            body.Add(BarChart.Of(t["DutyFile.PointsByKind"], [.. byKind.Select(k => (k.Kind.Name(t), k.Points))]) with { Separator = true });
        }
        else if (points is null && verified.Count > 0)
        {
            var counts = Enum.GetValues<ActivityKind>().Select(k => (k.Name(t), (decimal)verified.Count(r => r.Kind == k))).Where(b => b.Item2 > 0).ToList();
            body.Add(BarChart.Of(t["DutyFile.ByKind"], counts) with { Separator = true });
        }

        if (records.Count == 0)
        {
            body.Add(new TextBlock(t.Format("DutyFile.None", year)) { Separator = true });
        }
        else
        {
            var lines = points?.Lines.Where(l => l.Source == PointsSource.Activity).ToDictionary(l => l.Id);
            body.Add(new TextBlock(t.Plural("DutyFile.Latest", Math.Min(Shown, records.Count), records.Count)) { Weight = TextWeight.Bolder, Separator = true });
            body.AddRange(records.Take(Shown).Select(r => Row(t, r, lines?.GetValueOrDefault(r.Id))));
        }

        body.AddRange(AttendanceParts.Section(t, meetings, points));
        body.AddRange(SupervisionParts.Section(t, points));
        if (points is not null)
        {
            body.AddRange(PointsParts.OtherLines(t, points));
        }

        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(t["Button.myreports"], ReportVerbs.Mine) { Data = YearSwitch.With(null, year) },
                new ExecuteAction(t["DutyFile.Print"], DutyFileVerbs.Print) { Data = YearSwitch.With(null, year) },
                new ExecuteAction(t["Button.report"], ReportVerbs.Report),
            ],
            Speak = t.Format("DutyFile.Title", year),
        };
    }

    private static Container Row(Texts t, MemberRecord r, PointsLine? line)
    {
        var state = !r.Counts && r.State is not ReviewState.Disputed ? t["DutyFile.CountedOnce"] : t[$"Report.Review.Tag.{r.State}"];
        var earned = line is null ? "" : " · " + PointsParts.Earned(t, line);
        return new Container(
        [
            new TextBlock(r.Title) { MaxLines = 2, Size = TextSize.Small, Weight = TextWeight.Bolder },
            new TextBlock($"{WorkCalendar.Show(r.Date, t)} · {r.Kind.Name(t)} · {state}{earned}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        ])
        { Spacing = Spacing.Small };
    }
}
