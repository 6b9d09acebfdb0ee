using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Plans;

/// <summary>A short card that says one thing about plans (no plan, not your task, no group) and offers help.</summary>
public static class PlanNotice
{
    public static AdaptiveCard Card(Texts t, string key, params object[] args) =>
        Parts.Notice(t.Format(key, args), attention: false, new ExecuteAction(t["Button.help"], "help"));
}
