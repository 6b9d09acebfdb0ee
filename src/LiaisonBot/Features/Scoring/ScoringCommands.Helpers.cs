using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Scoring;

/// <summary>One scorer's progress: how many of their groups they have scored. Participation is public; scores are not.</summary>
public sealed record Turnout(string Code, string Name, int Scored, int ToScore)
{
    public bool Finished => Scored >= ToScore;
}

public sealed partial class ScoringCommands
{
    private async Task<List<Turnout>> TurnoutAsync(ScoringRoundEntity round, Committee roster, CancellationToken ct)
    {
        var scored = (await box.ParticipationAsync(round.Id, ct)).GroupBy(p => p.Scorer, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        return round.ScorerCodes.Select(code => new Turnout(code, roster.ByCode(code)?.Name ?? code, scored.GetValueOrDefault(code), round.GroupsFor(code).Count))
            .ToList();
    }

    private async Task<ISet<string>> ReachableCodesAsync(CancellationToken ct) =>
        (await conversations.ReachableAsync(ct)).Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The same card for every scorer, one per language; its refresh turns it into each viewer's own scoring card.</summary>
    private Dictionary<string, Activity> Invitations(ScoringRoundEntity round, bool reminder) =>
        CardAttachment.PerLanguage(t => ScoringCards.Invitation(t, round, calendar, reminder));

    private static string InvitationJob(ScoringRoundEntity round) => $"s{round.Id}";

    private static string? Id(Turn turn) =>
        Guid.TryParseExact(turn.ActionString(ScoringVerbs.Id), "N", out var id) ? id.ToString("N") : null;
}
