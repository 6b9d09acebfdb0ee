using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Scoring;

/// <summary>A short card that says one thing about scoring (no round, not found, reminded) and leads back to scoring.</summary>
public static class ScoringNotice
{
    public static AdaptiveCard Card(Texts t, string key, params object[] args) =>
        Parts.Notice(t.Format(key, args), attention: false, new ExecuteAction(t["Button.scoring"], ScoringVerbs.Home));

    public static AdaptiveCard NotFound(Texts t) => Card(t, "Scoring.NotFound");

    /// <summary>No round yet: says when the card comes, and offers no scoring button, which would only show this again.</summary>
    public static AdaptiveCard NoRound(Texts t) => Parts.Notice(t["Scoring.NoRound"], attention: false);

    /// <summary>Names the secretariat, who can add a member the round left out.</summary>
    public static AdaptiveCard NotScorer(Caller caller) => Card(caller.Texts, "Scoring.NotScorer", AppCards.Secretariat(caller.Texts, caller.Roster));
}
