using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Roster;

/// <summary>Builds the card a command shows, for a caller the server has identified and allowed.</summary>
public delegate Task<AdaptiveCard> CardCommand(Turn turn, Caller caller, CancellationToken ct);

/// <summary>
/// A command the user can type (in either language) or tap. <paramref name="Requires"/>: null = anyone, even people not
/// on the roster; <see cref="Roles.None"/> = anyone on the roster; otherwise any of the given roles.
/// Its texts are <c>Command.{Verb}</c> (the word typed), <c>Help.{Verb}</c> and <c>Button.{Verb}</c>.
/// </summary>
public sealed record CommandInfo(string Verb, Roles? Requires)
{
    public bool Allows(Caller caller) =>
        Requires is not { } roles || (caller.IsOnRoster && (roles == Roles.None || (caller.Member!.Roles & roles) != 0));

    public string Word(Texts texts) => texts[$"Command.{Verb}"];

    public ExecuteAction Button(Texts texts) => new(texts[$"Button.{Verb}"], Verb);
}

/// <summary>
/// Every command the bot knows, registered once with both its typed words and its card verb, so the role check sits in
/// one place and the help card lists exactly what the caller may do.
/// </summary>
public sealed class CommandCatalog(Router router)
{
    private readonly List<CommandInfo> commands = [];

    public IReadOnlyList<CommandInfo> All => commands;

    public CommandCatalog Add(CommandInfo command, CardCommand show)
    {
        commands.Add(command);
        router.Command(Texts.All.Select(command.Word), async (turn, ct) =>
            await turn.ReplyAsync(CardAttachment.Message(await ShowAsync(command, show, turn, ct)), ct));
        router.Verb(command.Verb, async (turn, ct) => InvokeResponse.Card(await ShowAsync(command, show, turn, ct)));
        return this;
    }

    /// <summary>A card-only verb (a button on a card), with the same server-side role check as a command.</summary>
    public CommandCatalog Verb(string verb, Roles? requires, CardCommand show)
    {
        var rule = new CommandInfo(verb, requires);
        router.Verb(verb, async (turn, ct) => InvokeResponse.Card(await ShowAsync(rule, show, turn, ct)));
        return this;
    }

    public IEnumerable<CommandInfo> For(Caller caller) => commands.Where(c => c.Allows(caller));

    private static Task<AdaptiveCard> ShowAsync(CommandInfo command, CardCommand show, Turn turn, CancellationToken ct)
    {
        var caller = turn.Get<Caller>();
        if (command.Allows(caller))
        {
            return show(turn, caller, ct);
        }

        return Task.FromResult(caller.IsOnRoster
            ? RosterCards.NotAllowed(caller.Texts, command.Requires!.Value)
            : RosterCards.NotOnRoster(caller));
    }
}
