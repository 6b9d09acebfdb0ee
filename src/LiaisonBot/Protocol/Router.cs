namespace LiaisonBot.Protocol;

public delegate Task TurnHandler(Turn turn, CancellationToken ct);

public delegate Task<InvokeResponse> VerbHandler(Turn turn, CancellationToken ct);

/// <summary>
/// The one place that decides which handler gets an activity: by type, Teams event type, card verb or command word.
/// Features register their handlers at start-up; the router itself knows none of them.
/// </summary>
public sealed class Router
{
    private readonly List<TurnHandler> hooks = [];
    private readonly List<(string Word, TurnHandler Handler)> commands = [];
    private readonly Dictionary<string, VerbHandler> verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TurnHandler>> events = new(StringComparer.OrdinalIgnoreCase);
    private TurnHandler? fileHandler;
    private TurnHandler? fallback;
    private Func<Turn, Exception, CancellationToken, Task<InvokeResponse?>>? onError;
    private Func<Turn, CancellationToken, Task<InvokeResponse?>>? notServed;

    /// <summary>Runs before every handler, in registration order (e.g. to identify the caller).</summary>
    public Router Use(TurnHandler hook)
    {
        hooks.Add(hook);
        return this;
    }

    /// <summary>A text command: the whole message, or its first words, in any of <paramref name="words"/> (case-insensitive).</summary>
    public Router Command(IEnumerable<string> words, TurnHandler handler)
    {
        commands.AddRange(words.Select(w => (w.Trim().ToLowerInvariant(), handler)));
        commands.Sort((a, b) => b.Word.Length.CompareTo(a.Word.Length)); // longest first: "my reports" before "my"
        return this;
    }

    /// <summary>A card verb, from an Action.Execute invoke or its Action.Submit fallback.</summary>
    public Router Verb(string verb, VerbHandler handler)
    {
        verbs.Add(verb, handler);
        return this;
    }

    /// <summary>
    /// An activity type (e.g. <c>installationUpdate</c>), or <c>conversationUpdate/{eventType}</c> for Teams events.
    /// Several features may listen to the same one; handlers of the event type run first, then those of the plain type.
    /// </summary>
    public Router On(string typeOrEvent, TurnHandler handler)
    {
        if (!events.TryGetValue(typeOrEvent, out var handlers))
        {
            events[typeOrEvent] = handlers = [];
        }

        handlers.Add(handler);
        return this;
    }

    /// <summary>A message carrying a file the user attached in Teams (see <see cref="TeamsFiles"/>), whatever its text.</summary>
    public Router Files(TurnHandler handler)
    {
        fileHandler = handler;
        return this;
    }

    /// <summary>Text that matches no command.</summary>
    public Router Fallback(TurnHandler handler)
    {
        fallback = handler;
        return this;
    }

    /// <summary>What the user sees when a handler fails; the answer for an invoke, or null after messaging the user.</summary>
    public Router OnError(Func<Turn, Exception, CancellationToken, Task<InvokeResponse?>> handler)
    {
        onError = handler;
        return this;
    }

    /// <summary>What someone from a tenant the bot does not serve gets instead of any handler (a polite refusal).</summary>
    public Router NotServed(Func<Turn, CancellationToken, Task<InvokeResponse?>> handler)
    {
        notServed = handler;
        return this;
    }

    /// <summary>Refuses the turn: no hook or handler runs; returns the invoke answer, or null for a plain 200.</summary>
    public async Task<InvokeResponse?> RefuseAsync(Turn turn, CancellationToken ct) =>
        notServed is null ? null : await notServed(turn, ct);

    /// <summary>Handles the turn; returns the invoke answer, or null for activities that get a plain 200.</summary>
    public async Task<InvokeResponse?> DispatchAsync(Turn turn, CancellationToken ct)
    {
        try
        {
            foreach (var hook in hooks)
            {
                await hook(turn, ct);
            }

            return await RouteAsync(turn, ct);
        }
        catch (Exception e) when (onError is not null && e is not OperationCanceledException)
        {
            turn.Failure = e.GetType();
            return await onError(turn, e, ct);
        }
    }

    private async Task<InvokeResponse?> RouteAsync(Turn turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Invoke when activity.Name == CardActions.InvokeName:
                return await ExecuteAsync(turn, ct);

            case ActivityTypes.Invoke:
                turn.Route = new("invoke", null);
                return InvokeResponse.NotImplemented;

            case ActivityTypes.Message when CardActions.Verb(activity) is not null:
                await SubmitAsync(turn, ct);
                return null;

            case ActivityTypes.Message when fileHandler is not null && TeamsFiles.In(activity).Count > 0:
                turn.Route = new("files", null);
                await fileHandler(turn, ct);
                return null;

            case ActivityTypes.Message:
                var text = turn.Text.ToLowerInvariant();
                var (word, handler) = commands.FirstOrDefault(c => Matches(text, c.Word));
                turn.Route = handler is null ? new("fallback", null) : new("command", word);
                handler ??= fallback;
                if (handler is not null)
                {
                    await handler(turn, ct);
                }

                return null;

            default:
                var (key, eventHandlers) = EventHandlers(activity);
                turn.Route = new("event", key);
                foreach (var eventHandler in eventHandlers)
                {
                    await eventHandler(turn, ct);
                }

                return null; // unknown activity types are acknowledged and ignored, as the protocol requires
        }
    }

    private async Task<InvokeResponse> ExecuteAsync(Turn turn, CancellationToken ct)
    {
        if (CardActions.Action(turn.Activity) is null)
        {
            return new InvokeResponse(400, new UniversalActionBody(400, InvokeResponse.ErrorType, new ErrorValue("BadRequest", "value.action must be an Action.Execute.")));
        }

        var handler = Registered(turn);
        return handler is not null
            ? await handler(turn, ct)
            : InvokeResponse.Error(400, "UnknownVerb", "This button is no longer supported.");
    }

    /// <summary>Old clients run our Action.Submit fallback: same handler, and its card arrives as a new message.</summary>
    private async Task SubmitAsync(Turn turn, CancellationToken ct)
    {
        if (Registered(turn) is not { } handler)
        {
            return;
        }

        var answer = (await handler(turn, ct)).Universal;
        if (answer?.Type == InvokeResponse.CardType)
        {
            await turn.ReplyAsync(new Activity
            {
                Type = ActivityTypes.Message,
                Attachments = [new Attachment { ContentType = InvokeResponse.CardType, Content = answer.Value }],
            }, ct);
        }
        else if (answer?.Value is string message)
        {
            await turn.ReplyAsync(message, ct);
        }
        else if (answer?.Value is ErrorValue error)
        {
            await turn.ReplyAsync(error.Message, ct);
        }
    }

    /// <summary>The card verb's handler, if the verb is registered; the turn's route names the verb only then.</summary>
    private VerbHandler? Registered(Turn turn)
    {
        var found = CardActions.Verb(turn.Activity) is { } verb && verbs.TryGetValue(verb, out var handler) ? (verb, handler) : default;
        turn.Route = new("verb", found.verb);
        return found.handler;
    }

    /// <summary>
    /// The handlers of the activity's Teams event, then those of its type; and the registered key it matched, most
    /// specific first (null for an activity nobody listens to).
    /// </summary>
    private (string? Key, IEnumerable<TurnHandler> Handlers) EventHandlers(Activity activity)
    {
        var eventKey = activity.ChannelData?.EventType is { Length: > 0 } eventType ? $"{activity.Type}/{eventType}" : null;
        var specific = eventKey is not null && events.TryGetValue(eventKey, out var forEvent) ? forEvent : null;
        var general = activity.Type is not null && events.TryGetValue(activity.Type, out var forType) ? forType : null;
        var key = specific is not null ? eventKey : general is not null ? activity.Type : null;
        return (key, (specific ?? []).Concat(general ?? []));
    }

    private static bool Matches(string text, string word) =>
        text == word || (text.StartsWith(word, StringComparison.Ordinal) && text.Length > word.Length && char.IsWhiteSpace(text[word.Length]));
}
