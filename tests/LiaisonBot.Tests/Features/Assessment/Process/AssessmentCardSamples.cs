using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Process;

/// <summary>Every process card at its biggest: all 24 groups, every error, the longest statements and reasons, closed and frozen.</summary>
public sealed class AssessmentCardSamples : ICardSamples
{
    private const int Year = 2026;

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var calendar = ReportSamples.Calendar;
        var roster = SampleRoster.Roster;
        var scheme = AssessmentTesting.Scheme(Year, new DateOnly(Year, 12, 31));
        var open = YearOf(AssessmentState.Open);
        var approved = YearOf(AssessmentState.Approved);
        var rows = roster.Groups.Select((g, i) => Row(g.Code, i)).ToList();
        var t01 = roster.Group("T01")!;
        var long200 = new string('长', 200);
        var selfErrors = new Dictionary<string, FieldError>
        {
            [SelfForm.ClaimField("A2")] = new("Assessment.Error.Points", "5"),
            [SelfForm.StatementField("B2")] = new("Assessment.Error.Statement"),
            [SelfForm.BonusPointsField(1)] = new("Assessment.Error.Bonus", "10"),
            [SelfForm.BonusReasonField(2)] = new("Form.TooLong", 200, 240),
        };
        var values = SelfForm.Values(scheme, t01, rows[0].ReadEntries());

        yield return ("assessment-home-none", AssessmentHome.Office(t, Year, null, [], null, calendar));
        yield return ("assessment-home-scheme", AssessmentHome.Office(t, Year, YearOf(AssessmentState.Scheme), [], new Said("x"), calendar));
        yield return ("assessment-home-open", AssessmentHome.Office(t, Year, open, rows, new Said(t.Plural("Assessment.Open.SentMissing", 20, 4)), calendar));
        yield return ("assessment-home-approved", AssessmentHome.Office(t, Year, approved, rows, null, calendar));
        yield return ("assessment-open", OpenAssessment.Ask(t, YearOf(AssessmentState.Scheme).ReadScheme(), 24, 24));
        yield return ("assessment-self", SelfCard.Build(t, new SelfView(open, scheme, t01, rows[0], false, values, new Dictionary<string, FieldError>(),
            new Said(t.Format("Assessment.Self.SavedNow", "2026-12-31"))), calendar));
        yield return ("assessment-self-errors", SelfCard.Build(t, new SelfView(open, scheme, t01, rows[1], false,
            new Dictionary<string, string> { [SelfForm.StatementField("B2")] = long200, [SelfForm.BonusReasonField(2)] = long200 }, selfErrors), calendar));
        yield return ("assessment-self-closed", SelfCard.Build(t, new SelfView(open, scheme, t01, rows[0], true, values, new Dictionary<string, FieldError>()), calendar));
        var lines = rows.Select(r => ReviewList.Line(scheme, roster.Group(r.GroupCode)!, r)).ToList();
        yield return ("assessment-review", ReviewList.Card(t, open, lines, calendar));
        var reviewErrors = new Dictionary<string, FieldError>
        {
            [ReviewForm.EnteredField("C1")] = new("Assessment.Error.Points", "5"),
            [ReviewForm.ReasonField("B2")] = new("Assessment.Error.Reason"),
            [ReviewForm.AdjustField("+1")] = new("Assessment.Error.AdjustPoints", "10"),
        };
        yield return ("assessment-review-group", ReviewCard.Build(t, new ReviewView(open, scheme, lines[0], ReviewForm.Values(scheme, t01, rows[0]), reviewErrors), calendar));
        yield return ("assessment-review-frozen", ReviewCard.Build(t, new ReviewView(approved, scheme, lines[0], ReviewForm.Values(scheme, t01, rows[0]),
            new Dictionary<string, FieldError>()), calendar));
        yield return ("assessment-approve", ApproveForm.Card(t, Year, rows, new Dictionary<string, string> { [ApproveForm.DecisionField] = long200 },
            new Dictionary<string, FieldError> { [ApproveForm.DateField] = new("Assessment.Error.DecisionDate") }));
        yield return ("assessment-reminder", SelfReminders.Card(t, Year, t01, scheme.Deadline, 7));
        var results = new YearResults(approved, scheme, Ranking.Rank(lines.Select(l => l.Score), scheme.Commended));
        yield return ("assessment-interim-scorecard", ScorecardCard.Build(t, results, results.Of("T01")!, forOffice: false));
        yield return ("assessment-interim-ranking", RankingCard.Build(t, results));
    }

    private static AssessmentEntity YearOf(AssessmentState state) => new()
    {
        RowKey = AssessmentEntity.Row(Year),
        Scheme = AssessmentJson.Write(AssessmentTesting.Scheme(Year, new DateOnly(Year, 12, 31)) with { Title = "2026年度县政协联络组工作目标考核方案（经县政协常委会第二十次会议审议通过）" }),
        State = state.ToString(),
        Decision = state == AssessmentState.Approved ? "县政协十四届第 9 次主席会议" : null,
        DecisionDate = state == AssessmentState.Approved ? "2027-01-08" : null,
    };

    /// <summary>A group's row with long claims, three bonus entries, adjustments of each, and computed figures with evidence.</summary>
    private static GroupAssessmentEntity Row(string group, int i)
    {
        var row = new GroupAssessmentEntity
        {
            PartitionKey = AssessmentEntity.Row(Year),
            RowKey = group,
            SelfState = (i % 3) switch { 0 => nameof(SelfEvaluationState.Submitted), 1 => nameof(SelfEvaluationState.Draft), _ => nameof(SelfEvaluationState.NotStarted) },
            SubmittedAt = i % 3 == 0 ? new DateTimeOffset(Year, 12, 20, 2, 0, 0, TimeSpan.Zero) : null,
            SavedAt = new DateTimeOffset(Year, 12, 18, 2, 0, 0, TimeSpan.Zero),
            ReviewedAt = i % 2 == 0 ? new DateTimeOffset(Year, 12, 28, 2, 0, 0, TimeSpan.Zero) : null,
        };
        var statement = "全年活动台账按月整理归档，含调研视察、协商议政、委员接待日等 **36** 项活动的签到表、照片和简报，[详见](http://x) 台账目录。" + new string('记', 120);
        var at = new DateTimeOffset(Year, 12, 27, 2, 0, 0, TimeSpan.Zero);
        row.Write(new GroupEntries(
            new Dictionary<string, Claim> { ["A2"] = new(5, statement), ["B2"] = new(9.5m, statement[..180]) },
            [.. Enumerable.Range(1, 3).Select(n => new BonusEntry(SelfForm.BonusId(n), 4, $"第 {n} 项：调研报告获县委主要领导批示并转有关部门办理" + new string('批', 100)))],
            new Dictionary<string, decimal> { ["C1"] = 4.5m },
            new Dictionary<string, Adjustment>
            {
                ["B2"] = new(6, "提案中 3 件为联名附议，按规则计一半" + new string('议', 150), "S01", at),
                ["A1"] = new(5, "计划于 2 月 27 日以纸质报送，系统未记录", "S01", at),
                ["+2"] = new(2, "市级表彰按 2 分计", "S01", at),
            }));
        var figures = new GroupFigures(group,
        [
            new ItemFigure("A1", 0, 0, 1, [new Evidence(new DateOnly(Year, 3, 2), "计划发送给委员", false)]) { Note = null },
            new ItemFigure("B1", 7.5m, 18, 24, [.. Enumerable.Range(1, 18).Select(n => new Evidence(new DateOnly(Year, 5, n), $"记录 {n}", true))]),
        ], DateTimeOffset.UtcNow);
        var merged = GroupAssessmentEntity.FiguresOnly(row.PartitionKey, group, figures);
        (row.Figures, row.Figures1, row.Figures2, row.Figures3) = (merged.GetString("Figures"), merged.GetString("Figures1"), merged.GetString("Figures2"), merged.GetString("Figures3"));
        return row;
    }
}
