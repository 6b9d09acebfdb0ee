using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;

namespace LiaisonBot.Tests.Features.DutyFile.Points;

/// <summary>
/// Each rule kind on a hand-worked example: the numbers in the comments are worked out on paper from the rules, not
/// read back from the code.
/// </summary>
public sealed class PointsLedgerTests
{
    private static readonly PointsRules Rules = new(2027, Base: 0, YearCap: null, CountSubmitted: false,
        Kinds: [new(ActivityKind.Research, 5, 2, 12), new(ActivityKind.Proposal, 10, 3, null), new(ActivityKind.Study, 2, null, null)],
        Tasks: null, Attendance: [], Deductions: [], Grades: [new("优秀", "Excellent", 90), new("称职", "Competent", 60), new("不称职", "Not competent", 0)],
        Minimums: []);

    [Fact]
    public void PointsPerKind_StopAtTheKindsCap_TheLineThatReachesItGetsThePartLeft()
    {
        // Research 5 each, capped at 12 a year: 5 + 5 + 2 (of 5) + 0 = 12.
        var points = PointsLedger.Compute(Rules, Own(Research(1), Research(2), Research(3), Research(4)));

        Assert.Equal([5m, 5m, 2m, 0m], points.Lines.Select(l => l.Awarded));
        Assert.Equal([LineCap.None, LineCap.None, LineCap.Kind, LineCap.Kind], points.Lines.Select(l => l.Capped));
        Assert.Equal(12, points.Total);
    }

    [Fact]
    public void TheLeadAuthorAndCoAuthors_GetTheirOwnPoints_AndAKindWithoutCoAuthorPointsGivesThemNothing()
    {
        // Lead author of one proposal 10, co-author of another 3, fellow member in a study session 0: 13.
        var points = PointsLedger.Compute(Rules, new PointsInputs(
            [Credit("p1", ActivityKind.Proposal, 3), Credit("p2", ActivityKind.Proposal, 4, CreditRole.CoAuthor), Credit("s1", ActivityKind.Study, 5, CreditRole.CoAuthor)],
            [], [], []));

        Assert.Equal([(PointsSource.Activity, 10m), (PointsSource.CoAuthored, 3m), (PointsSource.CoAuthored, 0m)], points.Lines.Select(l => (l.Source, l.Awarded)));
        Assert.Equal(13, points.Total);
    }

    [Fact]
    public void TheBase_IsWhereEveryoneStarts()
    {
        // Start at 100, one study session 2: 102.
        Assert.Equal(102, PointsLedger.Compute(Rules with { Base = 100 }, Own(Credit("s", ActivityKind.Study, 1))).Total);
        Assert.Equal(100, PointsLedger.Compute(Rules with { Base = 100 }, PointsInputs.None).Total);
    }

    [Fact]
    public void TheYearCap_LimitsWhatActivitiesAndTasksAdd_ButNotDeductions()
    {
        // Cap 20: proposal 10 (Mar) + proposal 10 (Apr) + study 2 (May) = 22 → the May study gets 0; an unexcused absence −5
        // is taken off after the cap: 20 − 5 = 15.
        var rules = Rules with { YearCap = 20, Deductions = [new(DeductionKind.AbsenceUnexcused, 5)] };
        var points = PointsLedger.Compute(rules, new PointsInputs(
            [Credit("a", ActivityKind.Proposal, 3), Credit("b", ActivityKind.Proposal, 4), Credit("c", ActivityKind.Study, 5)],
            [], [], [new("m1", DeductionKind.AbsenceUnexcused, new(2027, 6, 1), "常委会")]));

        Assert.Equal([10m, 10m, 0m, -5m], points.Lines.Select(l => l.Awarded));
        Assert.Equal(LineCap.Year, points.Lines[2].Capped);
        Assert.Equal(15, points.Total);
    }

    [Fact]
    public void Deductions_TakeOffWhatTheRuleSays_ForEachEvent_AndNothingForAKindWithoutARule()
    {
        // Base 100; excused absence −2 twice, unexcused −5 has no rule here: 96.
        var rules = Rules with { Base = 100, Deductions = [new(DeductionKind.AbsenceExcused, 2)] };
        var points = PointsLedger.Compute(rules, new PointsInputs([], [], [],
        [
            new("m1", DeductionKind.AbsenceExcused, new(2027, 3, 1), "全体会议"),
            new("m2", DeductionKind.AbsenceExcused, new(2027, 9, 1), "常委会"),
            new("m3", DeductionKind.AbsenceUnexcused, new(2027, 10, 1), "视察"),
        ]));

        Assert.Equal([-2m, -2m], points.Lines.Select(l => l.Awarded));
        Assert.Equal(96, points.Total);
    }

    [Fact]
    public void MeetingsAttended_EarnTheirKindsPoints_UnderTheKindsCapAndTheYearCap_AndAbsencesTakeOffTheirDeductions()
    {
        // Plenary 5, study session 2 capped at 3 a year, consultation meetings worth nothing here; year cap 20; on leave −2,
        // absent without leave −5. In date order: plenary Feb 5 (5), proposal Mar 10 (15), study Apr 2 (17), study May 1 of
        // 2 (the kind's cap: 3), study Jun 0, consultation Jun no line, plenary Jul 2 of 5 (the year's cap: 20). Then the
        // standing committee meeting on leave in Aug −2 and the plenary missed in Sep −5: 20 − 2 − 5 = 13.
        var rules = Rules with
        {
            YearCap = 20,
            Attendance = [new(MeetingKind.Plenary, 5, null), new(MeetingKind.Study, 2, 3), new(MeetingKind.Consultation, 0, null)],
            Deductions = [new(DeductionKind.AbsenceExcused, 2), new(DeductionKind.AbsenceUnexcused, 5)],
        };
        var points = PointsLedger.Compute(rules, new PointsInputs([Credit("p", ActivityKind.Proposal, 3)], [],
        [
            new("m-jul", MeetingKind.Plenary, new(2027, 7, 1), "全体会议（二）"),
            new("m-jun", MeetingKind.Study, new(2027, 6, 1), "学习（三）"),
            new("m-feb", MeetingKind.Plenary, new(2027, 2, 1), "全体会议（一）"),
            new("m-may", MeetingKind.Study, new(2027, 5, 1), "学习（二）"),
            new("m-con", MeetingKind.Consultation, new(2027, 6, 2), "协商会"),
            new("m-apr", MeetingKind.Study, new(2027, 4, 1), "学习（一）"),
        ],
        [
            new("m-sep", DeductionKind.AbsenceUnexcused, new(2027, 9, 1), "全体会议（三）", MeetingKind.Plenary),
            new("m-aug", DeductionKind.AbsenceExcused, new(2027, 8, 1), "常委会议", MeetingKind.StandingCommittee),
        ]));

        Assert.Equal(
        [
            ("p", PointsSource.Activity, 10m, LineCap.None),
            ("m-feb", PointsSource.Meeting, 5m, LineCap.None),
            ("m-apr", PointsSource.Meeting, 2m, LineCap.None),
            ("m-may", PointsSource.Meeting, 1m, LineCap.Kind),
            ("m-jun", PointsSource.Meeting, 0m, LineCap.Kind),
            ("m-jul", PointsSource.Meeting, 2m, LineCap.Year),
            ("m-aug", PointsSource.Deduction, -2m, LineCap.None),
            ("m-sep", PointsSource.Deduction, -5m, LineCap.None),
        ], points.Lines.Select(l => (l.Id, l.Source, l.Awarded, l.Capped)));
        Assert.Equal([null, MeetingKind.Plenary, MeetingKind.Study, MeetingKind.Study, MeetingKind.Study, MeetingKind.Plenary,
            MeetingKind.StandingCommittee, MeetingKind.Plenary], points.Lines.Select(l => l.Meeting));
        Assert.Equal(["全体会议（一）", "全体会议（二）"], points.Lines.Where(l => l.Meeting == MeetingKind.Plenary && l.Source == PointsSource.Meeting).Select(l => l.Title));
        Assert.All(points.Lines, l => Assert.False(l.Provisional));
        Assert.Equal(13, points.Total);
        Assert.Equal([(ActivityKind.Proposal, 10m)], points.ByKind); // meetings are not activities: the chart of kinds leaves them out
    }

    [Theory]
    [InlineData(95, "优秀")]
    [InlineData(90, "优秀")]
    [InlineData(89.5, "称职")]
    [InlineData(60, "称职")]
    [InlineData(12, "不称职")]
    [InlineData(-3, "不称职")] // the lowest band is the floor
    public void TheGrade_IsTheHighestBandTheTotalReaches(decimal total, string grade)
    {
        Assert.Equal(grade, Rules.GradeOf(total)!.Chinese);
    }

    [Fact]
    public void Minimums_CountVerifiedActivities_OfTheirKindOrOfAny()
    {
        // At least 3 activities and 1 proposal: 2 studies and 1 research verified (3 of 3), the proposal only submitted (0 of 1).
        var rules = Rules with { Minimums = [new(null, 3), new(ActivityKind.Proposal, 1)] };
        var points = PointsLedger.Compute(rules, Own(Credit("s1", ActivityKind.Study, 1), Credit("s2", ActivityKind.Study, 2),
            Research(3), Credit("p", ActivityKind.Proposal, 4) with { Verified = false }));

        Assert.Equal([(3, true), (0, false)], points.Minimums.Select(m => (m.Have, m.Met)));
        Assert.False(points.MinimumsMet);
    }

    [Fact]
    public void PlanTasks_FinishedByTheirDueDate_EarnTheTaskPoints_UpToTheirCap()
    {
        // 3 a task, cap 5: on time (3), on time (2 of 3), late (nothing), not finished (nothing) = 5.
        var rules = Rules with { Tasks = new(3, 5) };
        var due = new DateOnly(2027, 6, 30);
        var points = PointsLedger.Compute(rules, new PointsInputs([],
        [
            new("t1", "调研", due, new(2027, 6, 1)),
            new("t2", "视察", due, due),
            new("t3", "提案", due, new(2027, 7, 1)),
            new("t4", "协商", due, null),
        ], [], []));

        Assert.Equal([("t1", 3m), ("t2", 2m)], points.Lines.Select(l => (l.Id, l.Awarded)));
        Assert.Equal(5, points.Total);
    }

    [Fact]
    public void OnlyVerifiedRecordsCount_UnlessTheRulesCountSubmittedOnesAsProvisional_ShownApart()
    {
        // Verified research 5; a submitted research 5 and study 2: nothing, or 7 provisional beside the 5.
        var inputs = Own(Research(1), Research(2) with { Verified = false }, Credit("s", ActivityKind.Study, 3) with { Verified = false });

        var strict = PointsLedger.Compute(Rules, inputs);
        var lenient = PointsLedger.Compute(Rules with { CountSubmitted = true }, inputs);

        Assert.Equal((5m, 0m, 1), (strict.Total, strict.Provisional, strict.Lines.Count));
        Assert.Equal((5m, 7m), (lenient.Total, lenient.Provisional));
        Assert.Equal([false, true, true], lenient.Lines.Select(l => l.Provisional));
    }

    [Fact]
    public void OneActivity_IsCountedOnce_WhenTwoRecordsGiveTheSameKindAndDay()
    {
        // The member's own research on 1 March and a fellow member's record naming them for research that day: 5, not 5 + 2.
        var points = PointsLedger.Compute(Rules, new PointsInputs([Research(1), Credit("other", ActivityKind.Research, 1, CreditRole.CoAuthor)], [], [], []));

        Assert.Equal([(false, 5m), (true, 0m)], points.Lines.Select(l => (l.Duplicate, l.Awarded)));
        Assert.Equal(5, points.Total);
    }

    [Fact]
    public void TheSameRulesAndRecords_GiveTheSamePoints_LineForLine_InWhateverOrderTheyCome()
    {
        var rules = Rules with
        {
            YearCap = 30,
            Tasks = new(3, 6),
            Attendance = [new(MeetingKind.Plenary, 5, 10), new(MeetingKind.StandingCommittee, 3, null)],
            Deductions = [new(DeductionKind.AbsenceExcused, 2), new(DeductionKind.AbsenceUnexcused, 5)],
            Minimums = [new(null, 2)],
        };
        var credits = Enumerable.Range(1, 12).Select(i =>
            Credit($"r{i:00}", (ActivityKind)(i % 3 == 0 ? 0 : i % 3 == 1 ? 3 : 6), 1 + (i % 5), i % 4 == 0 ? CreditRole.CoAuthor : CreditRole.Own)).ToList();
        var tasks = new List<OwnedTask> { new("t1", "一", new(2027, 9, 1), new(2027, 8, 1)), new("t2", "二", new(2027, 9, 1), new(2027, 8, 1)) };
        var presences = Enumerable.Range(1, 8).Select(i => new Presence($"m{i}", (MeetingKind)(i % 3), new(2027, 1 + (i % 4), 15), $"会议{i}")).ToList();
        var absences = Enumerable.Range(1, 4).Select(i => new DeductionEvent($"a{i}", (DeductionKind)(i % 2), new(2027, 1 + (i % 2), 20), $"缺席{i}", MeetingKind.Plenary)).ToList();
        var first = PointsLedger.Compute(rules, new PointsInputs(credits, tasks, presences, absences));

        var random = new Random(7);
        for (var i = 0; i < 20; i++)
        {
            var again = PointsLedger.Compute(rules, new PointsInputs([.. credits.OrderBy(_ => random.Next())], [.. tasks.OrderBy(_ => random.Next())],
                [.. presences.OrderBy(_ => random.Next())], [.. absences.OrderBy(_ => random.Next())]));
            Assert.Equal(first.Lines, again.Lines);
            Assert.Equal(first.Total, again.Total);
        }
    }

    [Fact]
    public void TheSatisfactionShare_EarnsItsHighestBandOnce_UnderTheYearCap_AndNothingUnderKOrBelowEveryBand()
    {
        // Bands 90 % → 5 and 80 % → 3, k = 5, the year cap 6: 85 % → 3; 90 % → 5; a research (5) first leaves 1 of 5.
        var rules = Rules with { YearCap = 6, Supervision = [new(80, 3), new(90, 5)] };
        static Satisfaction Share(int answered, decimal share) => new(answered, share, MinBallots: 5, new DateOnly(2027, 11, 30));

        var line = Assert.Single(PointsLedger.Compute(rules, PointsInputs.None with { Satisfaction = Share(6, 0.85m) }).Lines);
        Assert.Equal((PointsSource.Supervision, 3m, 3m, "85%"), (line.Source, line.Rule, line.Awarded, line.Title));
        Assert.Equal(5, PointsLedger.Compute(rules, PointsInputs.None with { Satisfaction = Share(40, 0.9m) }).Total);
        var capped = PointsLedger.Compute(rules, Own(Research(1)) with { Satisfaction = Share(40, 0.95m) });
        Assert.Equal((6m, 1m, LineCap.Year), (capped.Total, capped.SupervisionLine!.Awarded, capped.SupervisionLine.Capped));

        var tooFew = PointsLedger.Compute(rules, PointsInputs.None with { Satisfaction = Share(4, 1m) });
        Assert.Empty(tooFew.Lines);
        Assert.True(tooFew.Satisfaction!.TooFew);
        Assert.Empty(PointsLedger.Compute(rules, PointsInputs.None with { Satisfaction = Share(40, 0.79m) }).Lines);
    }

    private static Credit Research(int day) => Credit($"r{day}", ActivityKind.Research, day);

    private static Credit Credit(string id, ActivityKind kind, int day, CreditRole role = CreditRole.Own) =>
        new(id, kind, new DateOnly(2027, day <= 12 ? day : 12, 1), id, role, Verified: true);

    private static PointsInputs Own(params Credit[] credits) => new(credits, [], [], []);
}
