using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Scoring;

/// <summary>The secretariat's cards: open a round, its status, turnout, close; the list of rounds.</summary>
public static partial class ScoringCards
{
    public static AdaptiveCard OpenForm(Texts t, string id, RoundValues v, IReadOnlyDictionary<string, FieldError> errors, Committee roster, WorkCalendar calendar)
    {
        var body = new List<CardElement> { Parts.Title(t["Scoring.Form.Title"]) };
        if (errors.Count > 0)
        {
            body.Add(new TextBlock(t["Scoring.Form.Fix"]) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        CardElement Field(string name, CardElement input) =>
            errors.TryGetValue(name, out var error) ? new Container([input with { Id = name }, Parts.ErrorLine(t, error)]) : input with { Id = name };

        body.Add(Field(RoundForm.Year, new InputChoiceSet
        {
            Label = t["Scoring.Field.Year"], Style = "compact", IsRequired = true, ErrorMessage = t["Form.Required"],
            Choices = RoundForm.Years(calendar).Select(y => new Choice(t.Format("Scoring.Year", y), y.ToString(t.Culture))).ToList(), Value = CardData.OrNull(v.Year),
        }));
        body.Add(Field(RoundForm.Groups, new InputChoiceSet
        {
            Label = t["Scoring.Field.Groups"], IsMultiSelect = true, Style = "compact", IsRequired = true, ErrorMessage = t["Form.Required"],
            Placeholder = t["Report.Placeholder.Choose"], Choices = roster.Groups.Select(g => new Choice(g.Name, g.Code)).ToList(), Value = CardData.OrNull(v.Groups),
        }));
        body.Add(new TextBlock(t["Scoring.Field.Maxima"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        foreach (var pair in Criteria.All.Chunk(2))
        {
            body.Add(new ColumnSet(pair.Select(c => new Column([Field(RoundForm.MaxField(c), new InputNumber
            {
                Label = c.Name(t), Min = 1, Max = Criteria.HighestMax, IsRequired = true, ErrorMessage = t.Format("Scoring.Error.Max", Criteria.HighestMax),
                Value = int.TryParse(v.Maxima[(int)c], out var max) ? max : null,
            })]) { Width = "stretch" }).ToList()));
        }

        body.Add(Field(RoundForm.CloseDate, new InputDate
        {
            Label = t["Scoring.Field.CloseDate"], IsRequired = true, ErrorMessage = t["Scoring.Error.CloseDate"], Min = WorkCalendar.Iso(calendar.Today),
            Value = CardData.OrNull(v.CloseDate), Separator = true,
        }));
        body.Add(Field(RoundForm.CloseTime, new InputTime { Label = t["Scoring.Field.CloseTime"], Value = CardData.OrNull(v.CloseTime) }));
        var scorers = roster.WithRole(Roles.StandingCommittee).Count();
        body.Add(Field(RoundForm.MinBallots, new InputNumber
        {
            Label = t["Scoring.Field.K"], Min = RoundForm.LowestK, Max = Math.Max(scorers, RoundForm.LowestK), IsRequired = true,
            ErrorMessage = t.Format("Scoring.Error.K", RoundForm.LowestK, scorers), Value = int.TryParse(v.MinBallots, out var k) ? k : null,
        }));
        body.Add(new TextBlock(t.Format("Scoring.Form.Hint", scorers)) { IsSubtle = true, Size = TextSize.Small });
        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(t["Scoring.Form.Open"], ScoringVerbs.Open) { Data = new Dictionary<string, string> { [ScoringVerbs.Id] = id } }],
            Speak = t["Scoring.Form.Title"],
        };
    }

    /// <summary>The round as the secretariat follows it: settings, how many have finished (never a score), what can be done now.</summary>
    public static AdaptiveCard Status(Texts t, ScoringRoundEntity round, IReadOnlyList<Turnout> turnout, WorkCalendar calendar, bool canScore)
    {
        var facts = new List<Fact>
        {
            new(t["Scoring.Fact.State"], t[$"Scoring.State.{round.Status}"]),
            round.ClosedAt is { } closed ? new(t["Scoring.Fact.Closed"], calendar.ShowMoment(closed, t)) : new(t["Scoring.Fact.Closes"], calendar.ShowMoment(round.ClosesAt, t)),
            new(t["Scoring.Fact.Groups"], round.GroupCodes.Count.ToString(t.Culture)),
            new(t["Scoring.Fact.Criteria"], CriteriaLine(t, round)),
            new(t["Scoring.Fact.K"], t.Format("Scoring.K", round.MinBallots)),
            new(t["Scoring.Fact.Scorers"], t.Format("Scoring.Scorers", round.ScorerCodes.Count, round.NotInstalledCodes.Count)),
            new(t["Scoring.Fact.Finished"], $"{turnout.Count(s => s.Finished)}/{turnout.Count}"),
        };
        if (round.Reminders > 0)
        {
            facts.Add(new Fact(t["Scoring.Fact.Reminders"], t.Format("Scoring.Times", round.Reminders)));
        }

        var ids = Ids(round);
        var actions = new List<CardAction>();
        switch (round.Status)
        {
            case RoundState.Open:
                actions.Add(new ExecuteAction(t["Scoring.Refresh"], ScoringVerbs.Status) { Data = ids });
                actions.Add(new ExecuteAction(t["Scoring.Turnout"], ScoringVerbs.Turnout) { Data = ids });
                actions.Add(RemindAction(t, round));
                actions.Add(new ExecuteAction(t["Scoring.Close"], ScoringVerbs.Close) { Data = ids });
                if (canScore)
                {
                    actions.Add(new ExecuteAction(t["Scoring.MyCard"], ScoringVerbs.Mine) { Data = ids });
                }

                break;
            case RoundState.Closing:
                actions.Add(new ExecuteAction(t["Scoring.Refresh"], ScoringVerbs.Status) { Data = ids });
                break;
            case RoundState.Closed:
                actions.Add(new ExecuteAction(t["Scoring.Results"], ScoringVerbs.Results) { Data = ids });
                break;
        }

        return new AdaptiveCard(
            Parts.Title(t.Format("Scoring.Title", round.WorkYear)),
            new FactSet(facts),
            new TextBlock(t["Scoring.Status.Private"]) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(t.Format("Scoring.Updated", calendar.ShowMoment(calendar.Now, t))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None })
        {
            Actions = actions,
        };
    }

    /// <summary>Who has finished and how many groups each has scored; unfinished first. Never a score, a mean or a total.</summary>
    public static AdaptiveCard Turnout(Texts t, ScoringRoundEntity round, IReadOnlyList<Turnout> turnout, ISet<string> reachable)
    {
        var facts = turnout.OrderBy(s => s.Finished).ThenBy(s => s.Scored).ThenBy(s => s.Code, StringComparer.Ordinal).Select(s => new Fact(s.Name,
            (s.Finished ? "✓ " : "") + $"{s.Scored}/{s.ToScore}" + (s.Finished || reachable.Contains(s.Code) ? "" : t["Scoring.Turnout.NotInstalled"]))).ToList();
        var actions = new List<CardAction>();
        if (round.Status == RoundState.Open && turnout.Any(s => !s.Finished))
        {
            actions.Add(RemindAction(t, round));
        }

        actions.Add(new ExecuteAction(t["Scoring.Back"], ScoringVerbs.Status) { Data = Ids(round) });
        return new AdaptiveCard(
            Parts.Title(t.Format("Scoring.Turnout.Title", round.WorkYear)),
            new TextBlock(t.Format("Scoring.Turnout.Summary", turnout.Count(s => s.Finished), turnout.Count)) { Weight = TextWeight.Bolder },
            new TextBlock(t["Scoring.Status.Private"]) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            new FactSet(facts) { Separator = true })
        {
            Actions = actions,
        };
    }

    public static AdaptiveCard ConfirmClose(Texts t, ScoringRoundEntity round, IReadOnlyList<Turnout> turnout) =>
        new(Parts.Title(t["Scoring.Close.Title"]), new TextBlock(t.Format("Scoring.Close.Body", turnout.Count(s => s.Finished), turnout.Count)))
        {
            Actions =
            [
                new ExecuteAction(t["Scoring.Close.Confirm"], ScoringVerbs.CloseConfirm) { Data = Ids(round) },
                new ExecuteAction(t["Report.Cancel"], ScoringVerbs.Status) { Data = Ids(round) },
            ],
        };

    /// <summary>The secretariat's view when no round is open: earlier rounds, and a button to open one.</summary>
    public static AdaptiveCard Rounds(Texts t, IReadOnlyList<ScoringRoundEntity> rounds, WorkCalendar calendar)
    {
        var body = new List<CardElement> { Parts.Title(t["Scoring.Rounds.Title"]), new TextBlock(t["Scoring.Rounds.None"]) };
        foreach (var round in rounds.Take(6))
        {
            body.Add(new ColumnSet([
                new Column([new TextBlock(t.Format("Scoring.Rounds.Line", round.WorkYear, calendar.ShowMoment(round.ClosedAt ?? round.ClosesAt, t),
                    t[$"Scoring.State.{round.Status}"]))]) { Width = "stretch", VerticalContentAlignment = VerticalAlignment.Center },
                new Column([new ActionSet([new ExecuteAction(t["Report.Open"], round.Status == RoundState.Closed ? ScoringVerbs.Results : ScoringVerbs.Status) { Data = Ids(round) }])])
                    { Width = "auto" },
            ]) { Separator = true });
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Scoring.New"], ScoringVerbs.New)] };
    }

    public static AdaptiveCard Message(Texts t, string key, params object[] args) =>
        new(new TextBlock(t.Format(key, args))) { Actions = [new ExecuteAction(t["Button.scoring"], ScoringVerbs.Home)] };

    public static Dictionary<string, string> Ids(ScoringRoundEntity round) => new() { [ScoringVerbs.Id] = round.Id };

    /// <summary>"思路 25 · 措施 25 · 方法 25 · 成效 25（满分 100）".</summary>
    public static string CriteriaLine(Texts t, ScoringRoundEntity round) =>
        t.Format("Scoring.CriteriaLine", string.Join(" · ", Criteria.All.Select(c => $"{c.Name(t)} {round.Max(c)}")), round.MaxTotal);

    private static ExecuteAction RemindAction(Texts t, ScoringRoundEntity round) =>
        new(t["Scoring.Remind"], ScoringVerbs.Remind)
        {
            Data = new Dictionary<string, string>(Ids(round)) { [ScoringVerbs.Reminder] = (round.Reminders + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
}
