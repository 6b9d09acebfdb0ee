using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>A group's line in the review list: its row and its scorecard so far.</summary>
public sealed record ReviewLine(Group Group, GroupAssessmentEntity Row, Scorecard Score);

/// <summary>The review (secretariat): every group of the year with where its self-evaluation stands, when it came, its total so far.</summary>
public sealed class ReviewList(AssessmentStore store, WorkCalendar calendar)
{
    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var (t, year) = (caller.Texts, YearSwitch.Of(turn, calendar));
        if (await store.FindAsync(year, ct) is not { Status: not AssessmentState.Scheme } assessment)
        {
            return ProcessParts.Notice(t, t.Format("Assessment.NotOpen", year), year);
        }

        var scheme = assessment.ReadScheme();
        var order = caller.Roster.Groups.Select((g, i) => (g.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var lines = (await store.GroupsAsync(year, ct))
            .Select(r => Line(scheme, ProcessParts.GroupOf(caller.Roster, r.GroupCode), r))
            .OrderBy(l => order.GetValueOrDefault(l.Group.Code, int.MaxValue)).ThenBy(l => l.Group.Code, StringComparer.Ordinal)
            .ToList();
        return Card(t, assessment, lines, calendar);
    }

    public static ReviewLine Line(AssessmentScheme scheme, Group group, GroupAssessmentEntity row) =>
        new(group, row, Scorecard.Of(scheme, group, row.ReadFigures(), row.ReadEntries()));

    public static AdaptiveCard Card(Texts t, AssessmentEntity a, IReadOnlyList<ReviewLine> lines, WorkCalendar calendar)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Assessment.Review.Title", a.Year)),
            new TextBlock(t.Format("Assessment.Review.Count", lines.Count, lines.Count(l => l.Row.Self == SelfEvaluationState.Submitted),
                lines.Count(l => l.Row.ReviewedAt is not null))) { IsSubtle = true, Spacing = Spacing.None },
        };
        foreach (var l in lines)
        {
            var state = t[$"Assessment.Self.State.{l.Row.Self}"];
            var when = l.Row.SubmittedAt is { } at ? " · " + calendar.ShowMoment(at, t) : "";
            var reviewed = l.Row.ReviewedAt is not null ? " · " + t["Assessment.Review.Done"] : "";
            body.Add(new ColumnSet([
                new Column([
                    new TextBlock(PlainText.Literal(l.Group.Name)) { Weight = TextWeight.Bolder },
                    new TextBlock($"{state}{when}{reviewed} · {t.Format("Assessment.Review.Total", ProcessParts.Number(l.Score.Total))}")
                        { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                ]) { Width = "stretch", VerticalContentAlignment = VerticalAlignment.Center },
                new Column([new ActionSet([new ExecuteAction(t["Assessment.Button.ReviewGroup"], AssessmentVerbs.ReviewGroup)
                    { Data = ProcessParts.Data(a.Year, l.Group.Code) }])]) { Width = "auto" },
            ])
            { Separator = true });
        }

        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(t["Assessment.Back"], AssessmentVerbs.Home) { Data = ProcessParts.Data(a.Year) }],
            Speak = t.Format("Assessment.Review.Title", a.Year),
        };
    }
}
