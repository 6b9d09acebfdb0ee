using LiaisonBot.Cards;
using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Features.DutyFile.Points;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.DutyFile;

/// <summary>
/// The duty file and points: a busy year (every kind, every state, long titles, caps, co-authored records, tasks, meetings
/// of every kind attended, on leave and missed, deductions, and a satisfaction share that earns its band), a year of
/// meetings alone (and too few ballots for a share), an empty one, the leader's and
/// the secretariat's lists, the rules, and loading them.
/// </summary>
public sealed class DutyFileCardSamples : ICardSamples
{
    private static readonly PointsRules Rules = RulesTemplate.Expected with { CountSubmitted = true };

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var year = ReportSamples.Today.Year;
        var busy = Busy().ToList();
        var meetings = Meetings(24).ToList();
        var points = PointsLedger.Compute(Rules, Inputs(busy, meetings) with { Satisfaction = new(38, 0.921m, 5, ReportSamples.Today) });

        yield return ("busy-year", MyDutyFile.Card(t, year, busy, meetings, points, ReportSamples.Calendar));
        yield return ("busy-year-no-rules", MyDutyFile.Card(t, year, busy, meetings, null, ReportSamples.Calendar));
        var few = Meetings(3).ToList();
        var tooFew = Inputs([], few) with { Satisfaction = new(3, 1m, 5, ReportSamples.Today) };
        yield return ("meetings-only", MyDutyFile.Card(t, year, [], few, PointsLedger.Compute(Rules, tooFew), ReportSamples.Calendar));
        yield return ("empty-year", MyDutyFile.Card(t, year - 1, [], [], null, ReportSamples.Calendar));

        var roster = SampleRoster.Roster;
        var rows = roster.Members.Where(m => m.GroupCode is not null).Select((m, i) => DutyPointsStore.Row(year, m.Code, m.GroupCode!,
            PointsLedger.Compute(Rules, Inputs(busy.Take(i % 40), meetings.Take(i % 25))), i % 4, DateTimeOffset.UtcNow)).ToList();
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

    /// <summary>Meetings of every kind, most attended, some on leave, some missed; long titles and organiser names.</summary>
    private static IEnumerable<AttendanceRecord> Meetings(int count)
    {
        var kinds = Enum.GetValues<MeetingKind>();
        var outcomes = new[] { AttendanceOutcome.Present, AttendanceOutcome.Present, AttendanceOutcome.Excused, AttendanceOutcome.Present, AttendanceOutcome.Absent };
        return Enumerable.Range(0, count).Select(n => new AttendanceRecord("M004", $"mtg{n:00}", kinds[n % kinds.Length], ReportSamples.Today.AddDays(-2 * n - 1),
            n % 2 == 0 ? new string('会', 100) : "县政协十届三次全体会议", outcomes[n % outcomes.Length], n % 3 == 0 ? new string('组', 40) : "县政协办公室"));
    }

    private static PointsInputs Inputs(IEnumerable<MemberRecord> records, IEnumerable<AttendanceRecord> meetings)
    {
        var list = records.ToList();
        var credits = list.Where(r => r.Counts && r.State is ReviewState.Verified or ReviewState.Submitted)
            .Select((r, i) => new Credit(r.Id, r.Kind, r.Date, r.Title[..40], i % 5 == 4 ? CreditRole.CoAuthor : CreditRole.Own, r.State == ReviewState.Verified)).ToList();
        var attended = meetings.ToList();
        var due = ReportSamples.Today;
        return new PointsInputs(credits,
            [new("2027-G01/1", new string('任', 40), due, due.AddDays(-3)), new("2027-G01/2", "视察", due, null)],
            [.. attended.Where(m => m.Outcome == AttendanceOutcome.Present).Select(m => new Presence(m.MeetingId, m.Kind, m.Date, m.Title[..Math.Min(40, m.Title.Length)]))],
            [
                new("d1", DeductionKind.AbsenceUnexcused, due.AddDays(-10), "评议活动"),
                .. attended.Where(m => m.Outcome != AttendanceOutcome.Present).Select(m => new DeductionEvent(m.MeetingId,
                    m.Outcome == AttendanceOutcome.Excused ? DeductionKind.AbsenceExcused : DeductionKind.AbsenceUnexcused, m.Date, m.Title[..Math.Min(40, m.Title.Length)], m.Kind)),
            ]);
    }
}
