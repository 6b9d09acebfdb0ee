using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Scoring;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>
/// The secretariat's side of scoring: open a round (its card goes to every Standing Committee member through the
/// outbox), follow turnout (who finished, how many groups each: never a score), remind, close; and the results, which
/// the secretariat and the Standing Committee see once the round is closed.
/// </summary>
public sealed partial class ScoringCommands(
    ScoringStore rounds,
    BallotBox box,
    BallotStore ballots,
    ScoringTally tally,
    Outbox outbox,
    ConversationStore conversations,
    WorkCalendar calendar,
    IOptions<ScoringOptions> options)
{
    public static readonly CommandInfo HomeCommand = new(ScoringVerbs.Home, Roles.StandingCommittee | Roles.Secretariat);

    /// <summary>The secretariat gets the open round's status (or the list of rounds); a scorer their scoring card, or the last results.</summary>
    public async Task<AdaptiveCard> HomeAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var current = await rounds.CurrentAsync(ct);
        if (caller.Has(Roles.Secretariat))
        {
            return current is null
                ? ScoringCards.Rounds(caller.Texts, await rounds.AllAsync(ct), calendar)
                : ScoringCards.Status(caller.Texts, current, await TurnoutAsync(current, caller.Roster, ct), calendar, current.IsScorer(caller.Member.Code));
        }

        if (current is not null)
        {
            return await ScorerHomeAsync(caller, current, ct);
        }

        return await rounds.LatestClosedAsync(ct) is { } closed
            ? await ResultsCardAsync(caller, closed, ct)
            : ScoringCards.Message(caller.Texts, "Scoring.NoRound");
    }

    public Task<AdaptiveCard> NewAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Task.FromResult(ScoringCards.OpenForm(caller.Texts, Guid.NewGuid().ToString("N"), RoundForm.Defaults(caller.Roster, calendar),
            new Dictionary<string, FieldError>(), caller.Roster, calendar));

    /// <summary>Opens the round and sends its card. The form's id is the round's id, so a double press opens one round and sends one card.</summary>
    public async Task<AdaptiveCard> OpenAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (Id(turn) is not { } id)
        {
            return ScoringCards.Message(caller.Texts, "Scoring.NotFound");
        }

        var existing = await rounds.FindAsync(id, ct);
        if (existing is { Status: not RoundState.Open })
        {
            return await StatusAsync(id, caller, ct);
        }

        var input = RoundForm.Read(turn.ActionData, caller.Roster, calendar);
        if (existing is null && input.Draft is null)
        {
            return ScoringCards.OpenForm(caller.Texts, id, input.Values, input.Errors, caller.Roster, calendar);
        }

        if (await rounds.CurrentAsync(ct) is { } open && open.Id != id)
        {
            return ScoringCards.Message(caller.Texts, "Scoring.AlreadyOpen", open.WorkYear);
        }

        // The gate first: a round is never stored without the box its scores go into.
        await box.CreateAsync(id, ct);
        var reachable = await conversations.ReachableAsync(ct);
        var round = existing ?? NewRound(id, input.Draft!, caller, reachable);
        if (await rounds.OpenAsync(round, ct) is { } other)
        {
            return ScoringCards.Message(caller.Texts, "Scoring.AlreadyOpen", other.WorkYear);
        }

        // Enqueue after the round is stored: a retry finds the round and enqueues the same job id again, a no-op.
        await outbox.EnqueueAsync(new OutboxJob(InvitationJob(round), DeliveryKind.Send, Invitations(round, reminder: false),
            reachable.Recipients(round.ScorerCodes)), ct);
        return await StatusAsync(round.Id, caller, ct);
    }

    public async Task<AdaptiveCard> StatusAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Id(turn) is { } id ? await StatusAsync(id, caller, ct) : ScoringCards.Message(caller.Texts, "Scoring.NotFound");

    public async Task<AdaptiveCard> TurnoutAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await rounds.FindAsync(Id(turn), ct) is { } round
            ? ScoringCards.Turnout(caller.Texts, round, await TurnoutAsync(round, caller.Roster, ct), await ReachableCodesAsync(ct))
            : ScoringCards.Message(caller.Texts, "Scoring.NotFound");

    /// <summary>Sends the card again, marked as a reminder, to the scorers who have not scored every group yet.</summary>
    public async Task<AdaptiveCard> RemindAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await rounds.FindAsync(Id(turn), ct) is not { Status: RoundState.Open } round ||
            turn.ActionNumber(ScoringVerbs.Reminder) is not { } number || number < 1)
        {
            return await StatusAsync(turn, caller, ct);
        }

        var targets = (await conversations.ReachableAsync(ct)).Recipients((await TurnoutAsync(round, caller.Roster, ct)).Where(s => !s.Finished).Select(s => s.Code));
        if (targets.Count > 0 && number > round.Reminders)
        {
            await outbox.EnqueueAsync(new OutboxJob($"{InvitationJob(round)}r{number}", DeliveryKind.Send, Invitations(round, reminder: true), targets), ct);
            await rounds.ChangeAsync(round.Id, r => r.Reminders < number && (r.Reminders = number) == number, ct);
        }

        return ScoringCards.Message(caller.Texts, "Scoring.Reminded", targets.Count) with
        {
            Actions = [new ExecuteAction(caller.Texts["Scoring.Back"], ScoringVerbs.Status) { Data = ScoringCards.Ids(round) }],
        };
    }

    public async Task<AdaptiveCard> CloseAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await rounds.FindAsync(Id(turn), ct) is { Status: RoundState.Open } round
            ? ScoringCards.ConfirmClose(caller.Texts, round, await TurnoutAsync(round, caller.Roster, ct))
            : await StatusAsync(turn, caller, ct);

    public async Task<AdaptiveCard> ConfirmCloseAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Id(turn) is { } id && await tally.CloseAsync(id, caller.Member.Code, ct) is { } round
            ? round.Status == RoundState.Closed ? await ResultsCardAsync(caller, round, ct) : await StatusAsync(round.Id, caller, ct)
            : ScoringCards.Message(caller.Texts, "Scoring.NotFound");

    /// <summary>Results exist only once the round is closed: before that there is nothing to show, not even partial counts.</summary>
    public async Task<AdaptiveCard> ResultsAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await rounds.FindAsync(Id(turn), ct) is { } round
            ? await ResultsCardAsync(caller, round, ct)
            : ScoringCards.Message(caller.Texts, "Scoring.NotFound");

    private async Task<AdaptiveCard> ResultsCardAsync(Caller caller, ScoringRoundEntity round, CancellationToken ct) =>
        round is { Status: RoundState.Closed, BallotPartition: { } partition }
            ? ScoringCards.Results(caller.Texts, round, ScoringResults.Compute(round, await ballots.ReadAsync(partition, ct)), caller.Roster, calendar)
            : ScoringCards.Message(caller.Texts, "Scoring.Results.NotYet");

    private async Task<AdaptiveCard> StatusAsync(string id, Caller caller, CancellationToken ct) =>
        await rounds.FindAsync(id, ct) is { } round
            ? ScoringCards.Status(caller.Texts, round, await TurnoutAsync(round, caller.Roster, ct), calendar, round.IsScorer(caller.Member.Code))
            : ScoringCards.Message(caller.Texts, "Scoring.NotFound");

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
}
