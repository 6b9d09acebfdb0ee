using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.App;

/// <summary>
/// The local run's way to try every role: the Agents Playground plays one person, so "act as S01" puts another roster
/// member's code on this 1:1 chat. Mapped only without an app id, which the bot allows in Development alone, so no real
/// tenant ever has it.
/// </summary>
public sealed class ActAs(ConversationStore conversations, CommandCatalog catalog)
{
    public static readonly string[] Words = ["act as", "扮演"];

    public async Task HandleAsync(Turn turn, CancellationToken ct)
    {
        var sender = turn.Get<Sender>();
        var t = sender.Texts;
        var word = Words.First(w => turn.Text.StartsWith(w, StringComparison.OrdinalIgnoreCase));
        var target = sender.Roster.ByCode(turn.Text[word.Length..].Trim());
        var chat = turn.IsPersonal ? await conversations.FindAsync(turn.Activity.From!.Id!, ct) : null;
        if (target is null || chat is null)
        {
            await turn.ReplyAsync(t.Format("ActAs.Usage", Examples(sender.Roster, t)), ct);
            return;
        }

        chat.MemberCode = target.Code;
        await conversations.SaveAsync(chat, ct);
        var caller = new Caller(target, sender.Roster, t);
        await turn.ReplyAsync(t.Format("ActAs.Done", target.Name, target.Code), ct);
        await turn.ReplyAsync(CardAttachment.Message(AppCards.Welcome(caller, catalog.For(new Sender(target, sender.Roster, t), personal: true))), ct);
    }

    /// <summary>One person of each role, e.g. "S01 谢宗林（办公室）", so the user knows what to type.</summary>
    private static string Examples(Committee roster, Texts t) =>
        string.Join(t["List.Separator"], new[] { Roles.Secretariat, Roles.StandingCommittee, Roles.Leader, Roles.Member }
            .Select(role => roster.WithRole(role).FirstOrDefault())
            .OfType<Member>()
            .Distinct()
            .Select(m => t.Format("ActAs.Example", m.Code, m.Name, RoleNames.Display(t, m.Roles))));
}
