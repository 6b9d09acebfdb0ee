using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.DutyFile;

/// <summary>
/// A member's duty file for one year (履职档案): how many activities are verified and count, how many wait, what came back;
/// the verified ones by kind as a chart (a text table on phones); and the latest records with where each stands.
/// </summary>
public sealed class MyDutyFile(FiledActivities activities, WorkCalendar calendar)
{
    public const int Shown = 10;

    public static readonly CommandInfo Command = new(DutyFileVerbs.Mine, Roles.Member);

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        return Card(caller.Texts, year, await activities.OfMemberAsync(year, caller.Member.Code, ct), calendar);
    }

    public static AdaptiveCard Card(Texts t, int year, IReadOnlyList<MemberRecord> records, WorkCalendar calendar)
    {
        var verified = records.Where(r => r.Counts && r.State == ReviewState.Verified).ToList();
        var waiting = records.Count(r => r.Counts && r.State == ReviewState.Submitted);
        var back = records.Count(r => r.State is ReviewState.Returned or ReviewState.Disputed);
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("DutyFile.Title", year)),
            YearSwitch.Buttons(t, DutyFileVerbs.Mine, year, calendar),
            new ColumnSet(
            [
                Parts.Figure(t["DutyFile.Verified"], verified.Count, TextColor.Good),
                Parts.Figure(t["DutyFile.Waiting"], waiting, null),
                Parts.Figure(t["DutyFile.Back"], back, back > 0 ? TextColor.Attention : null),
            ]),
            new TextBlock(t["DutyFile.OnlyVerified"]) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        if (verified.Count > 0)
        {
            var byKind = Enum.GetValues<ActivityKind>().Select(k => (k.Name(t), verified.Count(r => r.Kind == k))).Where(b => b.Item2 > 0).ToList();
            body.Add(BarChart.Of(t["DutyFile.ByKind"], byKind) with { Separator = true });
        }

        if (records.Count == 0)
        {
            body.Add(new TextBlock(t.Format("DutyFile.None", year)) { Separator = true });
        }
        else
        {
            body.Add(new TextBlock(t.Plural("DutyFile.Latest", Math.Min(Shown, records.Count), records.Count)) { Weight = TextWeight.Bolder, Separator = true });
            body.AddRange(records.Take(Shown).Select(r => Row(t, r)));
        }

        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(t["Button.myreports"], ReportVerbs.Mine) { Data = YearSwitch.With(null, year) }, new ExecuteAction(t["Button.report"], ReportVerbs.Report)],
            Speak = t.Format("DutyFile.Title", year),
        };
    }

    private static Container Row(Texts t, MemberRecord r)
    {
        var state = !r.Counts && r.State is not ReviewState.Disputed ? t["DutyFile.CountedOnce"] : t[$"Report.Review.Tag.{r.State}"];
        return new Container(
        [
            new TextBlock(r.Title) { MaxLines = 2, Size = TextSize.Small, Weight = TextWeight.Bolder },
            new TextBlock($"{WorkCalendar.Show(r.Date, t)} · {r.Kind.Name(t)} · {state}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        ])
        { Spacing = Spacing.Small };
    }
}
