using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using static LiaisonBot.Features.Scoring.ScoringParts;

namespace LiaisonBot.Features.Scoring;

/// <summary>One scorer's progress: how many of their groups they have scored. Participation is public; scores are not.</summary>
public sealed record Turnout(string Code, string Name, int Scored, int ToScore)
{
    public bool Finished => Scored >= ToScore;
}

/// <summary>Who has finished and how many groups each has scored, for the secretariat. Never a score, a mean or a total.</summary>
public sealed class RoundTurnout(ScoringStore rounds, BallotBox box, ConversationStore conversations)
{
    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        rounds.FindAsync(turn.ActionId(ScoringVerbs.Id), ct).OrAsync(() => ScoringNotice.NotFound(caller.Texts), async round =>
            Card(caller.Texts, round, await OfAsync(round, caller.Roster, ct),
                (await conversations.ReachableAsync(ct)).Keys.ToHashSet(StringComparer.OrdinalIgnoreCase)));

    public async Task<List<Turnout>> OfAsync(ScoringRoundEntity round, Committee roster, CancellationToken ct)
    {
        var scored = (await box.ParticipationAsync(round.Id, ct)).GroupBy(p => p.Scorer, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        return round.ScorerCodes.Select(code => new Turnout(code, roster.ByCode(code)?.Name ?? code, scored.GetValueOrDefault(code), round.GroupsFor(code).Count))
            .ToList();
    }

    /// <summary>Unfinished first; those the bot cannot reach (no app installed) are marked.</summary>
    public static AdaptiveCard Card(Texts t, ScoringRoundEntity round, IReadOnlyList<Turnout> turnout, ISet<string> reachable)
    {
        var facts = turnout.OrderBy(s => s.Finished).ThenBy(s => s.Scored).ThenBy(s => s.Code, StringComparer.Ordinal).Select(s => new Fact(s.Name,
            (s.Finished ? "✓ " : "") + $"{s.Scored}/{s.ToScore}" + (s.Finished || reachable.Contains(s.Code) ? "" : t["Scoring.Turnout.NotInstalled"]))).ToList();
        var actions = new List<CardAction>();
        if (round.Status == RoundState.Open && turnout.Any(s => !s.Finished))
        {
            actions.Add(RemindScorers.Button(t, round));
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
}
