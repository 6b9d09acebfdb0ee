using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>
/// The assessment command (考核), by role and year: the secretariat sees where the year stands and every step of it; a
/// leader their group's self-evaluation (its scorecard once approved); a member the ranking once approved.
/// </summary>
public sealed class AssessmentHome(AssessmentStore store, AssessmentResults results, SelfEvaluation self, WorkCalendar calendar)
{
    public static readonly CommandInfo Command = new(AssessmentVerbs.Home, Roles.None) { Scope = CommandScope.Personal };

    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) => CardAsync(caller, YearSwitch.Of(turn, calendar), null, ct);

    public async Task<AdaptiveCard> CardAsync(Caller caller, int year, Said? said, CancellationToken ct)
    {
        var t = caller.Texts;
        var assessment = await store.FindAsync(year, ct);
        if (caller.Has(Roles.Secretariat))
        {
            var rows = assessment is null ? [] : await store.GroupsAsync(year, ct);
            return Office(t, year, assessment, rows, said, calendar);
        }

        if (assessment is { Status: AssessmentState.Approved } && await results.ForYearAsync(year, ct) is { } approved)
        {
            var card = caller.Has(Roles.Leader) && caller.Group is { } group && approved.Of(group.Code) is { } mine
                ? ScorecardCard.Build(t, approved, mine, forOffice: false)
                : RankingCard.Build(t, approved);
            return WithYears(t, card, year, calendar);
        }

        if (caller.Has(Roles.Leader) && assessment is { Status: AssessmentState.Open })
        {
            return WithYears(t, await self.CardAsync(caller, year, said, ct), year, calendar);
        }

        return new AdaptiveCard(
            Parts.Title(t.Format("Assessment.Home.Title", year)),
            YearSwitch.Buttons(t, AssessmentVerbs.Home, year, calendar),
            new TextBlock(t.Format(caller.Has(Roles.Leader) ? "Assessment.NotOpen" : "Assessment.NotPublished", year)));
    }

    public static AdaptiveCard Office(Texts t, int year, AssessmentEntity? a, IReadOnlyList<GroupAssessmentEntity> rows, Said? said, WorkCalendar calendar)
    {
        var body = new List<CardElement> { Parts.Title(t.Format("Assessment.Home.Title", year)), YearSwitch.Buttons(t, AssessmentVerbs.Home, year, calendar) };
        if (said is not null)
        {
            body.Add(ProcessParts.Said(said.Text, said.Attention));
        }

        var data = ProcessParts.Data(year);
        var buttons = new List<CardAction> { new ExecuteAction(t["Assessment.Button.Scheme"], AssessmentVerbs.Scheme) { Data = data } };
        if (a is null)
        {
            body.Add(new TextBlock(t.Format("Assessment.Home.NoScheme", year)));
            body.AddRange(Parts.ButtonRows(buttons));
            return new AdaptiveCard(body) { Speak = t.Format("Assessment.Home.Title", year) };
        }

        var scheme = a.ReadScheme();
        var facts = new List<Fact>
        {
            new(t["Assessment.Home.Scheme"], scheme.Title),
            new(t["Assessment.Home.State"], t[$"Assessment.State.{a.Status}"]),
            new(t["Assessment.Home.Deadline"], WorkCalendar.Show(scheme.Deadline, t)),
        };
        if (a.Status == AssessmentState.Approved)
        {
            facts.Add(new(t["Assessment.Home.Decision"], $"{a.Decision} · {(CardData.Date(a.DecisionDate ?? "") is { } d ? WorkCalendar.Show(d, t) : "")}"));
        }

        body.Add(new FactSet([.. facts.Select(f => f with { Value = PlainText.Literal(f.Value) })]));
        if (a.Status != AssessmentState.Scheme)
        {
            body.Add(new ColumnSet(
            [
                Parts.Figure(t["Assessment.Home.Groups"], rows.Count, null),
                Parts.Figure(t["Assessment.Home.Submitted"], rows.Count(r => r.Self == SelfEvaluationState.Submitted), TextColor.Good),
                Parts.Figure(t["Assessment.Home.Reviewed"], rows.Count(r => r.ReviewedAt is not null), TextColor.Good),
            ])
            { Separator = true });
        }

        buttons.AddRange(a.Status switch
        {
            AssessmentState.Scheme => [new ExecuteAction(t["Assessment.Button.Open"], AssessmentVerbs.Open) { Data = data }],
            AssessmentState.Open =>
            [
                new ExecuteAction(t["Assessment.Button.Review"], AssessmentVerbs.Review) { Data = data },
                new ExecuteAction(t["Assessment.Button.Recompute"], AssessmentVerbs.Recompute) { Data = data },
                new ExecuteAction(t["Assessment.Button.Approve"], AssessmentVerbs.Approve) { Data = data },
            ],
            _ => [new ExecuteAction(t["Assessment.Button.Review"], AssessmentVerbs.Review) { Data = data }],
        });
        if (a.Status != AssessmentState.Scheme)
        {
            buttons.Add(new ExecuteAction(t["Assessment.Button.Ranking"], AssessmentVerbs.Ranking) { Data = data });
            buttons.Add(new ExecuteAction(t["Assessment.Button.Export"], AssessmentVerbs.Export) { Data = data });
        }

        body.AddRange(Parts.ButtonRows(buttons));
        return new AdaptiveCard(body) { Speak = t.Format("Assessment.Home.Title", year) };
    }

    /// <summary>Another feature's card (the scorecard, the ranking) with the buttons to the other year above it.</summary>
    private static AdaptiveCard WithYears(Texts t, AdaptiveCard card, int year, WorkCalendar calendar) =>
        new AdaptiveCard([YearSwitch.Buttons(t, AssessmentVerbs.Home, year, calendar), .. card.Body]) { Actions = card.Actions, Speak = card.Speak };
}
