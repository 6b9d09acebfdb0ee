using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Scoring;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>
/// Opening a round: the form, then the round, whose invitation goes to every Standing Committee member through the
/// outbox. The form's id is the round's id, so a double press opens one round and sends one card.
/// </summary>
public sealed class OpenRound(ScoringStore rounds, BallotBox box, Outbox outbox, ConversationStore conversations, RoundStatus status, WorkCalendar calendar)
{
    public Task<AdaptiveCard> NewAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Task.FromResult(Form(caller.Texts, Guid.NewGuid().ToString("N"), RoundForm.Defaults(caller.Roster, calendar),
            new Dictionary<string, FieldError>(), caller.Roster, calendar));

    public async Task<AdaptiveCard> OpenAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (turn.ActionId(ScoringVerbs.Id) is not { } id)
        {
            return ScoringNotice.NotFound(caller.Texts);
        }

        var existing = await rounds.FindAsync(id, ct);
        if (existing is { Status: not RoundState.Open })
        {
            return await status.CardAsync(id, caller, ct);
        }

        var input = RoundForm.Read(turn.ActionData, caller.Roster, calendar);
        if (existing is null && input.Draft is null)
        {
            return Form(caller.Texts, id, input.Values, input.Errors, caller.Roster, calendar);
        }

        if (await rounds.CurrentAsync(ct) is { } open && open.Id != id)
        {
            return ScoringNotice.Card(caller.Texts, "Scoring.AlreadyOpen", open.WorkYear);
        }

        // The gate first: a round is never stored without the box its scores go into.
        await box.CreateAsync(id, ct);
        var reachable = await conversations.ReachableAsync(ct);
        var round = existing ?? NewRound(id, input.Draft!, caller, reachable);
        if (await rounds.OpenAsync(round, ct) is { } other)
        {
            return ScoringNotice.Card(caller.Texts, "Scoring.AlreadyOpen", other.WorkYear);
        }

        // Enqueue after the round is stored: a retry finds the round and enqueues the same job id again, a no-op.
        await outbox.EnqueueAsync(new OutboxJob(RoundInvitation.JobId(round), DeliveryKind.Send, RoundInvitation.PerLanguage(round, calendar, reminder: false),
            reachable.Recipients(round.ScorerCodes)), ct);
        return await status.CardAsync(round.Id, caller, ct);
    }

    private ScoringRoundEntity NewRound(string id, RoundDraft draft, Caller caller, IReadOnlyDictionary<string, ConversationEntity> reachable)
    {
        var scorers = caller.Roster.WithRole(Roles.StandingCommittee).ToList();
        return new ScoringRoundEntity
        {
            RowKey = id,
            WorkYear = draft.Year,
            Groups = string.Join(';', draft.Groups),
            MaxIdeas = draft.Maxima[(int)Criterion.Ideas],
            MaxMeasures = draft.Maxima[(int)Criterion.Measures],
            MaxMethods = draft.Maxima[(int)Criterion.Methods],
            MaxEffect = draft.Maxima[(int)Criterion.Effect],
            ClosesAt = draft.ClosesAt,
            MinBallots = draft.MinBallots,
            Scorers = string.Join(';', scorers.Select(m => m.Code)),
            OwnGroups = CardData.OrNull(string.Join(';', scorers.Where(m => m.Has(Roles.Leader) && m.GroupCode is not null && draft.Groups.Contains(m.GroupCode))
                .Select(m => $"{m.Code}={m.GroupCode}"))),
            NotInstalled = CardData.OrNull(string.Join(';', scorers.Where(m => !reachable.ContainsKey(m.Code)).Select(m => m.Code))),
            OpenedBy = caller.Member.Code,
            OpenedAt = calendar.Now,
        };
    }

    public static AdaptiveCard Form(Texts t, string id, RoundValues v, IReadOnlyDictionary<string, FieldError> errors, Committee roster, WorkCalendar calendar)
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
            Label = t["Scoring.Field.Year"],
            Style = "compact",
            IsRequired = true,
            ErrorMessage = t["Form.Required"],
            Choices = calendar.OpenYears.Select(y => new Choice(t.Format("Scoring.Year", y), y.ToString(t.Culture))).ToList(),
            Value = CardData.OrNull(v.Year),
        }));
        body.Add(Field(RoundForm.Groups, new InputChoiceSet
        {
            Label = t["Scoring.Field.Groups"],
            IsMultiSelect = true,
            Style = "compact",
            IsRequired = true,
            ErrorMessage = t["Form.Required"],
            Placeholder = t["Report.Placeholder.Choose"],
            Choices = roster.Groups.Select(g => new Choice(g.Name, g.Code)).ToList(),
            Value = CardData.OrNull(v.Groups),
        }));
        body.Add(new TextBlock(t["Scoring.Field.Maxima"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        foreach (var pair in Criteria.All.Chunk(2))
        {
            body.Add(new ColumnSet(pair.Select(c => new Column([Field(RoundForm.MaxField(c), new InputNumber
            {
                Label = c.Name(t), Min = 1, Max = Criteria.HighestMax, IsRequired = true, ErrorMessage = t.Format("Scoring.Error.Max", Criteria.HighestMax),
                Value = int.TryParse(v.Maxima[(int)c], out var max) ? max : null,
            })])
            { Width = "stretch" }).ToList()));
        }

        body.Add(Field(RoundForm.CloseDate, new InputDate
        {
            Label = t["Scoring.Field.CloseDate"],
            IsRequired = true,
            ErrorMessage = t["Scoring.Error.CloseDate"],
            Min = WorkCalendar.Iso(calendar.Today),
            Value = CardData.OrNull(v.CloseDate),
            Separator = true,
        }));
        body.Add(Field(RoundForm.CloseTime, new InputTime { Label = t["Scoring.Field.CloseTime"], Value = CardData.OrNull(v.CloseTime) }));
        var scorers = roster.WithRole(Roles.StandingCommittee).Count();
        body.Add(Field(RoundForm.MinBallots, new InputNumber
        {
            Label = t["Scoring.Field.K"],
            Min = RoundForm.LowestK,
            Max = Math.Max(scorers, RoundForm.LowestK),
            IsRequired = true,
            ErrorMessage = t.Format("Scoring.Error.K", RoundForm.LowestK, scorers),
            Value = int.TryParse(v.MinBallots, out var k) ? k : null,
        }));
        body.Add(new TextBlock(t.Format("Scoring.Form.Hint", scorers)) { IsSubtle = true, Size = TextSize.Small });
        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(t["Scoring.Form.Open"], ScoringVerbs.Open) { Data = new Dictionary<string, string> { [ScoringVerbs.Id] = id } }],
            Speak = t["Scoring.Form.Title"],
        };
    }
}
