using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Features.Scoring.Results;
using LiaisonBot.Features.Scoring.Scorers;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Scoring;

/// <summary>Every scoring card, with the biggest realistic content: 24 groups, 30 scorers, every error shown at once.</summary>
public sealed class ScoringCardSamples : ICardSamples
{
    public static ScoringRoundEntity Round(RoundState state = RoundState.Open) => new()
    {
        RowKey = Guid.NewGuid().ToString("N"),
        WorkYear = 2026,
        Groups = string.Join(';', ScoringTesting.Groups),
        MaxIdeas = 25,
        MaxMeasures = 25,
        MaxMethods = 25,
        MaxEffect = 25,
        ClosesAt = DateTimeOffset.UtcNow.AddDays(7),
        MinBallots = 5,
        Scorers = string.Join(';', ScoringTesting.StandingCommittee.Select(m => m.Code)),
        OwnGroups = "M001=T01;M012=T03",
        NotInstalled = "M130;M131;M134",
        State = state.ToString(),
        OpenedBy = "S01",
        OpenedAt = DateTimeOffset.UtcNow,
        ClosedAt = state == RoundState.Closed ? DateTimeOffset.UtcNow : null,
        Reminders = 2,
        TallyId = state == RoundState.Open ? null : "t",
    };

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var roster = SampleRoster.Roster;
        var calendar = ReportSamples.Calendar;
        var round = Round();
        var pages = ScoringTesting.Pages(roster.ByCode("M009")!).Select(p => (IReadOnlyList<string>)p).ToList();
        var scored = pages.Take(3).SelectMany(p => p).ToList();
        var turnout = ScoringTesting.StandingCommittee.Select((m, i) => new Turnout(m.Code, m.Name, i % 4 == 0 ? 24 : i % 24, 24)).ToList();
        var everyError = new ScoreInput(null, pages[5].ToDictionary(g => g, _ => new FieldError("Scoring.Error.Incomplete")), null,
            pages[5].SelectMany(g => Criteria.All.Select(c => Criteria.FieldId(g, c))).ToDictionary(id => id, _ => "-99.5"));
        var formErrors = new[] { RoundForm.Year, RoundForm.Groups, RoundForm.CloseDate, RoundForm.CloseTime, RoundForm.MinBallots }
            .Concat(Criteria.All.Select(RoundForm.MaxField)).ToDictionary(f => f, _ => new FieldError("Scoring.Error.K", 5, 30));
        var ballots = ScoringTesting.Groups.SelectMany((g, gi) => Enumerable.Range(0, gi == 23 ? 3 : 30).Select(i => new BallotEntity
        {
            Group = g,
            Ideas = 10 + ((i + gi) % 15),
            Measures = 12 + (i % 13),
            Methods = 9 + ((i * gi) % 16),
            Effect = 15 + (gi % 10),
        })).ToList();

        yield return ("round-form", OpenRound.Form(t, round.Id, RoundForm.Defaults(roster, calendar), new Dictionary<string, FieldError>(), roster, calendar));
        yield return ("round-form-errors", OpenRound.Form(t, round.Id, RoundForm.Defaults(roster, calendar), formErrors, roster, calendar));
        foreach (var state in Enum.GetValues<RoundState>())
        {
            yield return ($"status-{state}", RoundStatus.Card(t, Round(state), turnout, calendar, canScore: true));
        }

        yield return ("turnout", RoundTurnout.Card(t, round, turnout, new HashSet<string>(["M001", "M009"])));
        yield return ("confirm-close", CloseRound.Confirmation(t, round, turnout));
        yield return ("rounds", ScoringHome.Rounds(t, Enumerable.Range(0, 8).Select(i => Round((RoundState)(i % 3))).ToList(), calendar));
        yield return ("rounds-none", ScoringHome.Rounds(t, [], calendar));
        yield return ("invitation", RoundInvitation.Card(t, round, calendar, reminder: false));
        yield return ("invitation-reminder", RoundInvitation.Card(t, round, calendar, reminder: true));
        yield return ("scorer-home", ScorerHome.Card(t, round, roster, pages, scored, calendar));
        yield return ("page", ScoreGroups.Card(t, round, roster, pages, 0, scored, calendar, null));
        yield return ("page-errors", ScoreGroups.Card(t, round, roster, pages, 5, scored, calendar, everyError));
        yield return ("page-refused", ScoreGroups.Card(t, round, roster, pages, 1, scored, calendar, new ScoreInput(null, new Dictionary<string, FieldError>(), new FieldError("Scoring.Error.OwnGroup"), new Dictionary<string, string>())));
        yield return ("recorded", ScoreGroups.Recorded(t, round, roster, pages[1], pages, 1, 8));
        yield return ("recorded-last", ScoreGroups.Recorded(t, round, roster, pages[^1], pages, pages.Count - 1, 24));
        yield return ("ended", ScorerHome.Ended(t, Round(RoundState.Closed), calendar));
        yield return ("ending", ScorerHome.Ended(t, Round(RoundState.Closing), calendar));
        yield return ("results", RoundResults.Card(t, Round(RoundState.Closed), ScoringResults.Compute(round, ballots), roster, calendar));
        yield return ("message", ScoringNotice.Card(t, "Scoring.Reminded", 27));
        yield return ("no-round", ScoringNotice.NoRound(t));
        yield return ("not-scorer", ScoringNotice.NotScorer(new Caller(SampleRoster.Member, roster, t)));
    }
}
