using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.App;

/// <summary>Builds the card a roster-only command shows, for a member the server has identified and allowed.</summary>
public delegate Task<AdaptiveCard> CardCommand(Turn turn, Caller caller, CancellationToken ct);

/// <summary>Builds the card of a command anyone may use, even someone the roster does not know.</summary>
public delegate Task<AdaptiveCard> OpenCommand(Turn turn, Sender sender, CancellationToken ct);

/// <summary>
/// Every command the bot knows, registered once with both its typed words and its card verb, so the role check sits in
/// one place and the help card lists exactly what the caller may do.
/// </summary>
public sealed class CommandCatalog(Router router)
{
    private readonly List<CommandInfo> commands = [];

    public IReadOnlyList<CommandInfo> All => commands;

    public CommandCatalog Add(CommandInfo command, CardCommand show) =>
        Add(command, new OpenCommand((turn, sender, ct) => ShowAsync(command, show, turn, sender, ct)));

    /// <summary>A command anyone may use (<see cref="CommandInfo.Requires"/> is null).</summary>
    public CommandCatalog Add(CommandInfo command, OpenCommand show)
    {
        commands.Add(command);
        // The verb is a typed alias too, so a word that was once the command (e.g. "whoami") keeps working.
        router.Command(Texts.All.Select(command.Word).Append(command.Verb).Distinct(), async (turn, ct) =>
            await turn.ReplyAsync(CardAttachment.Message(await show(turn, turn.Get<Sender>(), ct)), ct));
        router.Verb(command.Verb, async (turn, ct) => InvokeResponse.Card(await show(turn, turn.Get<Sender>(), ct)));
        return this;
    }

    /// <summary>A card-only verb (a button on a card), with the same server-side role check as a command.</summary>
    public CommandCatalog Verb(string verb, Roles requires, CardCommand show)
    {
        var rule = new CommandInfo(verb, requires);
        router.Verb(verb, async (turn, ct) => InvokeResponse.Card(await ShowAsync(rule, show, turn, turn.Get<Sender>(), ct)));
        return this;
    }

    /// <summary>What help and the welcome offer: the commands the sender may use that work where the chat is.</summary>
    public IEnumerable<CommandInfo> For(Sender sender, bool personal) => commands.Where(c => c.Allows(sender) && c.WorksIn(personal));

    private static Task<AdaptiveCard> ShowAsync(CommandInfo command, CardCommand show, Turn turn, Sender sender, CancellationToken ct)
    {
        if (sender.AsCaller() is { } caller && command.Allows(sender))
        {
            return show(turn, caller, ct);
        }

        return Task.FromResult(sender.IsOnRoster
            ? AppCards.NotAllowed(sender.Texts, sender.Roster, command.Requires ?? Roles.None)
            : AppCards.NotOnRoster(sender));
    }
}
