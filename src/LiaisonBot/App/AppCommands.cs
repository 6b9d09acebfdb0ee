using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;

namespace LiaisonBot.App;

/// <summary>What no feature owns: the greeting on install, help, text that is no command, and failures.</summary>
public sealed class AppCommands(CommandCatalog catalog, ILogger<AppCommands> log)
{
    public const string Help = "help";

    public static readonly CommandInfo HelpCommand = new(Help, Requires: null);

    /// <summary>The bot was added to a 1:1 chat: greet the person, or tell them politely whom to ask.</summary>
    public async Task WelcomeAsync(Turn turn, CancellationToken ct)
    {
        if (!turn.IsPersonal || !Installs.IsBotAdded(turn.Activity))
        {
            return;
        }

        var sender = turn.Get<Sender>();
        var card = sender.AsCaller() is { } caller ? AppCards.Welcome(caller, catalog.For(sender, personal: true)) : AppCards.NotOnRoster(sender);
        await turn.ReplyAsync(CardAttachment.Message(card), ct);
    }

    /// <summary>
    /// Someone from a tenant the bot does not serve: told so where they spoke to it (a message, a card, the install
    /// greeting), and nothing else; nobody is looked up or stored.
    /// </summary>
    public async Task<InvokeResponse?> NotServedAsync(Turn turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        var text = Texts.For(activity.Locale)["Tenant.NotServed"];
        switch (activity.Type)
        {
            case ActivityTypes.Invoke:
                return activity.Name == CardActions.InvokeName ? InvokeResponse.Message(text) : InvokeResponse.NotImplemented;
            case ActivityTypes.Message:
            case ActivityTypes.ConversationUpdate when turn.IsPersonal && Installs.IsBotAdded(activity):
                await turn.ReplyAsync(text, ct);
                return null;
            default:
                return null;
        }
    }

    /// <summary>Text that is no command gets the help card, saying what was not understood.</summary>
    public async Task UnknownTextAsync(Turn turn, CancellationToken ct)
    {
        var sender = turn.Get<Sender>();
        var card = AppCards.Help(sender, catalog.For(sender, turn.IsPersonal).ToList(), turn.Text.Length > 0 ? turn.Text : null);
        await turn.ReplyAsync(CardAttachment.Message(card), ct);
    }

    public Task<AdaptiveCard> HelpAsync(Turn turn, Sender sender, CancellationToken ct) =>
        Task.FromResult(AppCards.Help(sender, catalog.For(sender, turn.IsPersonal).ToList(), null));

    /// <summary>Storage down: say so in the user's language; nothing was half-written because every write is one step.</summary>
    public async Task<InvokeResponse?> FailedAsync(Turn turn, Exception e, CancellationToken ct)
    {
        var texts = Texts.For(turn.Activity.Locale);
        var message = StorageFailure.IsUnavailable(e) ? texts["Error.StorageUnavailable"] : texts["Error.Unexpected"];
        log.LogError(e, "Handling the activity failed.");
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            return InvokeResponse.Error(503, "ServiceUnavailable", message);
        }

        await turn.ReplyAsync(message, ct);
        return null;
    }
}
