using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Broadcasts;

/// <summary>A short card for a stale button or a step done: say what happened and lead back to the notices.</summary>
public static class BroadcastNotice
{
    public static AdaptiveCard Card(Texts t, string key, params object[] args) => Saying(t, t.Format(key, args));

    public static AdaptiveCard Saying(Texts t, string text) =>
        Parts.Notice(text, attention: false, new ExecuteAction(t["Button.broadcasts"], BroadcastVerbs.List));

    public static AdaptiveCard NotFound(Texts t) => Card(t, "Broadcast.NotFound");
}
