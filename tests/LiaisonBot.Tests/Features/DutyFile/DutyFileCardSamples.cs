using LiaisonBot.Cards;
using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Features.DutyFile.Points;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.DutyFile;

/// <summary>
/// The duty file and points: a busy year (every kind, every state, long titles, caps, co-authored records, tasks and a
/// deduction), an empty one, the leader's and the secretariat's lists, the rules, and loading them.
/// </summary>
public sealed class DutyFileCardSamples : ICardSamples
{
    private static readonly PointsRules Rules = RulesTemplate.Expected with { CountSubmitted = true };

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var year = ReportSamples.Today.Year;
        var busy = Busy().ToList();
        var points = PointsLedger.Compute(Rules, Inputs(busy));

        yield return ("busy-year", MyDutyFile.Card(t, year, busy, points, ReportSamples.Calendar));
        yield return ("busy-year-no-rules", MyDutyFile.Card(t, year, busy, null, ReportSamples.Calendar));
        yield return ("empty-year", MyDutyFile.Card(t, year - 1, [], null, ReportSamples.Calendar));

        var roster = SampleRoster.Roster;
        var rows = roster.Members.Where(m => m.GroupCode is not null).Select((m, i) => DutyPointsStore.Row(year, m.Code, m.GroupCode!,
            PointsLedger.Compute(Rules, Inputs(busy.Take(i % 40))), i % 4, DateTimeOffset.UtcNow)).ToList();
        var group = SampleRoster.Leader.GroupCode!;
        yield return ("points-leader", PointsOverview.Card(t, new(year, Rules, [.. rows.Where(r => r.GroupCode == group)], new(group, null, false), false, 0, null), roster, ReportSamples.Calendar));
        yield return ("points-secretariat", PointsOverview.Card(t, new(year, Rules, rows, PointsFilter.Everyone, true, 1, t.Plural("Points.Recomputed", rows.Count)), roster, ReportSamples.Calendar));
        yield return ("points-below-minimums", PointsOverview.Card(t, new(year, Rules, rows, new(null, "称职", true), true, 0, null), roster, ReportSamples.Calendar));
        yield return ("points-no-rules", PointsOverview.NoRules(t, year, secretariat: true, ReportSamples.Calendar));

        var loaded = new PointsRulesEntity { Rules = System.Text.Json.JsonSerializer.Serialize(Rules), FileName = new string('规', 120) + ".xlsx", LoadedBy = "县政协办公室", LoadedAt = DateTimeOffset.UtcNow };
        yield return ("rules", PointsRulesView.Card(t, year, loaded, ReportSamples.Calendar, "https://bot.example/points/template.xlsx"));
        yield return ("rules-none", PointsRulesView.Card(t, year, null, ReportSamples.Calendar, "https://bot.example/points/template.xlsx"));
        var link = "https://bot.example/points/download/" + new string('a', 32);
        yield return ("export", LiaisonBot.Features.DutyFile.Exports.ExportPoints.Card(t, year, link, (new string('组', 30), link)));
        yield return ("print", LiaisonBot.Features.DutyFile.Exports.ExportPoints.Card(t, year, null, ("孙淑珍", link)));
        yield return ("rules-loaded", RulesUpload.Loaded(t, "2027年度积分规则.xlsx", Rules, changed: true, 138));
        yield return ("rules-failed", RulesUpload.Failed(t, "积分规则.xlsx",
            [.. Enumerable.Range(2, 30).Select(row => new SheetError("kinds", row, "Points.File.UnknownKind", new string('座', 60), new[] { new SheetColumn("Research", "调研") }))]));
    }

    private static IEnumerable<MemberRecord> Busy()
    {
        var kinds = Enum.GetValues<ActivityKind>();
        var states = Enum.GetValues<ReviewState>();
        return Enumerable.Range(0, 60).Select(n => new MemberRecord($"r{n}", kinds[n % kinds.Length], ReportSamples.Today.AddDays(-n),
            new string('题', 100), states[n % states.Length], Counts: n % 9 != 0, OrganisedBy: n % 3 == 0 ? "M001" : null));
    }

    private static PointsInputs Inputs(IEnumerable<MemberRecord> records)
    {
        var list = records.ToList();
        var credits = list.Where(r => r.Counts && r.State is ReviewState.Verified or ReviewState.Submitted)
            .Select((r, i) => new Credit(r.Id, r.Kind, r.Date, r.Title[..40], i % 5 == 4 ? CreditRole.CoAuthor : CreditRole.Own, r.State == ReviewState.Verified)).ToList();
        var due = ReportSamples.Today;
        return new PointsInputs(credits,
            [new("2027-G01/1", new string('任', 40), due, due.AddDays(-3)), new("2027-G01/2", "视察", due, null)],
            [new("m1", DeductionKind.AbsenceUnexcused, due.AddDays(-10), "常委会会议")]);
    }
}
