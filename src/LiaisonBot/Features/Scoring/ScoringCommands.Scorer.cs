using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Scoring;

/// <summary>
/// The Standing Committee's side: the scoring card, its pages, save. The scorer is always the caller as the roster
/// knows them, whatever the card data says; no card the bot answers with ever carries a score, because bot messages
/// stay in the chat, where tenant administrators can search them.
/// </summary>
public sealed partial class ScoringCommands
{
    /// <summary>The scorer's card: progress and the pages. Also what the card sent at opening refreshes to, for each viewer.</summary>
    public async Task<AdaptiveCard> MineAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var round = await rounds.FindAsync(Id(turn), ct) ?? await rounds.CurrentAsync(ct);
        return round is null ? ScoringCards.Message(caller.Texts, "Scoring.NoRound") : await ScorerHomeAsync(caller, round, ct);
    }

    public async Task<AdaptiveCard> PageAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await ScorerRoundAsync(turn, caller, ct) is not (ScoringRoundEntity round, null))
        {
            return await RefusalAsync(turn, caller, ct);
        }

        var pages = Pages(round, caller);
        return PageNumber(turn, pages.Count) is { } page
            ? ScoringCards.Page(caller.Texts, round, caller.Roster, pages, page, await box.ScoredAsync(round.Id, caller.Member.Code, ct), calendar, null)
            : await ScorerHomeAsync(caller, round, ct);
    }

    /// <summary>Saves one page. The answer names the groups whose scores are recorded and shows no value.</summary>
    public async Task<AdaptiveCard> SaveAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (await ScorerRoundAsync(turn, caller, ct) is not (ScoringRoundEntity round, null))
        {
            return await RefusalAsync(turn, caller, ct);
        }

        var scorer = caller.Member.Code;
        var pages = Pages(round, caller);
        if (PageNumber(turn, pages.Count) is not { } page)
        {
            return await ScorerHomeAsync(caller, round, ct);
        }

        var input = ScoreForm.Read(turn.ActionData, round, scorer, pages[page]);
        if (input.Scores is null)
        {
            return ScoringCards.Page(caller.Texts, round, caller.Roster, pages, page, await box.ScoredAsync(round.Id, scorer, ct), calendar, input);
        }

        if (await box.SaveAsync(round, scorer, input.Scores, ct) == SaveOutcome.Closed)
        {
            return await RefusalAsync(turn, caller, ct);
        }

        var scored = await box.ScoredAsync(round.Id, scorer, ct);
        return ScoringCards.Recorded(caller.Texts, round, caller.Roster, input.Scores.Keys.ToList(), pages, page, scored.Count);
    }

    private async Task<AdaptiveCard> ScorerHomeAsync(Caller caller, ScoringRoundEntity round, CancellationToken ct)
    {
        if (!round.IsScorer(caller.Member.Code))
        {
            return ScoringCards.Message(caller.Texts, "Scoring.NotScorer");
        }

        return round.Status == RoundState.Open
            ? ScoringCards.ScorerHome(caller.Texts, round, caller.Roster, Pages(round, caller), await box.ScoredAsync(round.Id, caller.Member.Code, ct), calendar)
            : ScoringCards.Ended(caller.Texts, round, calendar);
    }

    /// <summary>The round named by the card, if the caller scores in it and it is still open; else the second item is why not.</summary>
    private async Task<(ScoringRoundEntity? Round, string? Refusal)> ScorerRoundAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await rounds.FindAsync(Id(turn), ct) switch
        {
            null => (null, "Scoring.NotFound"),
            var r when !r.IsScorer(caller.Member.Code) => (r, "Scoring.NotScorer"),
            { Status: not RoundState.Open } r => (r, "Scoring.Ended"),
            var r => (r, null),
        };

    private async Task<AdaptiveCard> RefusalAsync(Turn turn, Caller caller, CancellationToken ct) =>
        await ScorerRoundAsync(turn, caller, ct) switch
        {
            ({ } round, "Scoring.Ended") => ScoringCards.Ended(caller.Texts, round, calendar),
            (_, { } refusal) => ScoringCards.Message(caller.Texts, refusal),
            ({ } round, null) => ScoringCards.Ended(caller.Texts, round, calendar), // closed while the save was under way
            _ => ScoringCards.Message(caller.Texts, "Scoring.NotFound"),
        };

    /// <summary>The caller's groups, a page at a time, in the round's order.</summary>
    private List<IReadOnlyList<string>> Pages(ScoringRoundEntity round, Caller caller) =>
        round.GroupsFor(caller.Member.Code).Chunk(options.Value.GroupsPerPage).Select(p => (IReadOnlyList<string>)p).ToList();

    private static int? PageNumber(Turn turn, int pages) =>
        turn.ActionNumber(ScoringVerbs.PageNumber) is { } page && page < pages ? page : null;
}
