using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Scoring;

/// <summary>A short card that says one thing about scoring (no round, not found, reminded) and leads back to scoring.</summary>
public static class ScoringNotice
{
    public static AdaptiveCard Card(Texts t, string key, params object[] args) =>
        Parts.Notice(t.Format(key, args), attention: false, new ExecuteAction(t["Button.scoring"], ScoringVerbs.Home));

    public static AdaptiveCard NotFound(Texts t) => Card(t, "Scoring.NotFound");
}
