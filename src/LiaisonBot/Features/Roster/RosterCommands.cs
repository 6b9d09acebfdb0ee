using LiaisonBot.Cards;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Roster;

/// <summary>The handlers of the Roster feature: install, help, my info, my group, the roster overview.</summary>
public sealed class RosterCommands(CommandCatalog catalog, ConversationStore conversations, ILogger<RosterCommands> log)
{
    public const string Help = "help";
    public const string WhoAmI = "whoami";
    public const string Group = "group";
    public const string Roster = "roster";

    public static readonly CommandInfo HelpCommand = new(Help, Requires: null);
    public static readonly CommandInfo WhoAmICommand = new(WhoAmI, Roles.None);
    public static readonly CommandInfo GroupCommand = new(Group, Roles.None);
    public static readonly CommandInfo RosterCommand = new(Roster, Roles.Secretariat);

    public static IReadOnlyList<CommandInfo> All { get; } = [HelpCommand, WhoAmICommand, GroupCommand, RosterCommand];

    /// <summary>The bot was added to a 1:1 chat: greet the person, or tell them politely whom to ask.</summary>
    public async Task WelcomeAsync(Turn turn, CancellationToken ct)
    {
        if (!turn.IsPersonal || !Installs.IsBotAdded(turn.Activity))
        {
            return;
        }

        var caller = turn.Get<Caller>();
        var card = caller.IsOnRoster ? RosterCards.Welcome(caller, catalog.For(caller)) : RosterCards.NotOnRoster(caller);
        await turn.ReplyAsync(CardAttachment.Message(card), ct);
    }

    /// <summary>Text that is no command gets the help card, saying what was not understood.</summary>
    public async Task UnknownTextAsync(Turn turn, CancellationToken ct)
    {
        var caller = turn.Get<Caller>();
        var card = RosterCards.Help(caller, catalog.For(caller).ToList(), turn.Text.Length > 0 ? turn.Text : null);
        await turn.ReplyAsync(CardAttachment.Message(card), ct);
    }

    public Task<AdaptiveCard> HelpAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Task.FromResult(RosterCards.Help(caller, catalog.For(caller).ToList(), null));

    public Task<AdaptiveCard> WhoAmIAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Task.FromResult(RosterCards.WhoAmI(caller));

    public async Task<AdaptiveCard> GroupAsync(Turn turn, Caller caller, CancellationToken ct) =>
        RosterCards.Group(caller, await InstalledAsync(ct));

    public async Task<AdaptiveCard> OverviewAsync(Turn turn, Caller caller, CancellationToken ct) =>
        RosterCards.Overview(caller, await InstalledAsync(ct));

    /// <summary>Storage down: say so in the user's language; nothing was half-written because every write is one step.</summary>
    public async Task<InvokeResponse?> FailedAsync(Turn turn, Exception e, CancellationToken ct)
    {
        var texts = Localization.Texts.For(turn.Activity.Locale);
        var message = StorageFailure.IsUnavailable(e) ? texts["Error.StorageUnavailable"] : texts["Error.Unexpected"];
        log.LogError(e, "Handling the activity failed.");
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            return InvokeResponse.Error(503, "ServiceUnavailable", message);
        }

        await turn.ReplyAsync(message, ct);
        return null;
    }

    private async Task<HashSet<string>> InstalledAsync(CancellationToken ct) =>
        (await conversations.AllAsync(ct)).Where(c => c.Installed && c.MemberCode is not null)
            .Select(c => c.MemberCode!).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
