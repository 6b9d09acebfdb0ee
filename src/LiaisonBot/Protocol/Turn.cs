using System.Globalization;
using System.Text.Json;
using LiaisonBot.Protocol.Connector;

namespace LiaisonBot.Protocol;

/// <summary>One inbound activity on its way through the router, with what handlers need to answer it.</summary>
public sealed class Turn(Activity activity, ConnectorClient connector, IServiceProvider services)
{
    private readonly Dictionary<Type, object> items = [];

    public Activity Activity { get; } = activity;

    public ConnectorClient Connector { get; } = connector;

    /// <summary>The request's service scope, so handlers registered at start-up can use scoped services.</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>The user's text with the bot's @mention removed (channels only deliver messages that mention the bot).</summary>
    public string Text { get; } = Mentions.StripBotMention(activity);

    public bool IsPersonal => Activity.Conversation?.ConversationType is null or "personal";

    /// <summary>Card data: <c>value.action.data</c> of an Action.Execute invoke, or <c>value</c> of an Action.Submit.</summary>
    public JsonElement? ActionData => CardActions.Data(Activity);

    public string? ActionString(string key) =>
        ActionData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;

    /// <summary>A whole non-negative number the card sent as text (a page, a year, a counter); null if it is anything else.</summary>
    public int? ActionNumber(string key) =>
        int.TryParse(ActionString(key), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The id of a stored thing that the bot put on a card (a GUID, "N" format); null for anything else.</summary>
    public string? ActionId(string key) =>
        Guid.TryParseExact(ActionString(key), "N", out var id) ? id.ToString("N") : null;

    /// <summary>
    /// The message whose card button made this invoke (Teams sends its id as replyToId), for a feature that updates that
    /// card in place later, when the work it started settles; null when the activity does not say.
    /// </summary>
    public PressedCard? PressedCard => Activity is { ReplyToId.Length: > 0, Conversation.Id.Length: > 0, ServiceUrl.Length: > 0 } a
        ? new(a.ServiceUrl, a.Conversation.Id, a.ReplyToId, a.Locale)
        : null;

    /// <summary>What the router resolved this turn to (a registered verb, command word or event): never the user's text.</summary>
    public TurnRoute? Route { get; internal set; }

    /// <summary>The type of the exception a handler threw (the router's error handler answered the user instead).</summary>
    public Type? Failure { get; internal set; }

    /// <summary>Turn-scoped state that an early hook computes once for the handlers after it (e.g. who is calling).</summary>
    public void Set<T>(T value) where T : class => items[typeof(T)] = value;

    public T Get<T>() where T : class =>
        items.TryGetValue(typeof(T), out var value) ? (T)value : throw new InvalidOperationException($"{typeof(T).Name} was not set for this turn.");

    public Task<ResourceResponse> ReplyAsync(Activity reply, CancellationToken ct) =>
        Activity.Id is { Length: > 0 } id
            ? Connector.ReplyAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, id, Address(reply) with { ReplyToId = id }, ct)
            : Connector.SendAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, Address(reply), ct);

    public Task<ResourceResponse> ReplyAsync(string text, CancellationToken ct) =>
        ReplyAsync(new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" }, ct);

    /// <summary>Addresses an outbound activity back to where this one came from (bot-protocol.md §3.3).</summary>
    private Activity Address(Activity reply) => reply with
    {
        From = Activity.Recipient,
        Recipient = Activity.From,
        Conversation = Activity.Conversation,
        ChannelId = Activity.ChannelId,
        ServiceUrl = Activity.ServiceUrl,
        Locale = reply.Locale ?? Activity.Locale,
    };
}

/// <summary>
/// How the router dispatched a turn: <see cref="Kind"/> is command, verb, files, fallback, event or invoke; <see cref="Name"/>
/// the registered command word, verb or event it matched, or null.
/// </summary>
public readonly record struct TurnRoute(string Kind, string? Name);

/// <summary>Where a card is: its conversation on a service, its message id, and the language it was shown in.</summary>
public sealed record PressedCard(string ServiceUrl, string ConversationId, string ActivityId, string? Locale);
