using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Features.Scoring.Results;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using static LiaisonBot.Features.Scoring.ScoringParts;

namespace LiaisonBot.Features.Scoring;

/// <summary>Closing a round early, once the secretariat confirms: the tally runs at once and the results follow.</summary>
public sealed class CloseRound(ScoringStore rounds, ScoringTally tally, RoundTurnout turnout, RoundStatus status, RoundResults results)
{
    public async Task<AdaptiveCard> AskAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await rounds.FindAsync(turn.ActionId(ScoringVerbs.Id), ct) is { Status: RoundState.Open } round
            ? Confirmation(caller.Texts, round, await turnout.OfAsync(round, caller.Roster, ct))
            : await status.ShowAsync(turn, caller, ct);

    public async Task<AdaptiveCard> ConfirmAsync(Turn turn, Caller caller, CancellationToken ct) =>
        turn.ActionId(ScoringVerbs.Id) is { } id && await tally.CloseAsync(id, caller.Member.Code, ct) is { } round
            ? round.Status == RoundState.Closed ? await results.CardAsync(caller, round, ct) : await status.CardAsync(round.Id, caller, ct)
            : ScoringNotice.NotFound(caller.Texts);

    public static AdaptiveCard Confirmation(Texts t, ScoringRoundEntity round, IReadOnlyList<Turnout> turnout) =>
        new(Parts.Title(t["Scoring.Close.Title"]), new TextBlock(t.Format("Scoring.Close.Body", turnout.Count(s => s.Finished), turnout.Count)))
        {
            Actions =
            [
                new ExecuteAction(t["Scoring.Close.Confirm"], ScoringVerbs.CloseConfirm) { Data = Ids(round) },
                new ExecuteAction(t["Report.Cancel"], ScoringVerbs.Status) { Data = Ids(round) },
            ],
        };
}
