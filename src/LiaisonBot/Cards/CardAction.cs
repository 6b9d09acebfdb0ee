using System.Text.Json.Serialization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction(string Title)
{
    public string? Id { get; init; }

    /// <summary>False shows the button greyed out, e.g. in a preview of what recipients will be able to press.</summary>
    public bool? IsEnabled { get; init; }
}

/// <summary>
/// A Universal Action: the bot answers the invoke with a card that replaces this one in place. Clients older than
/// Universal Actions run the <see cref="Fallback"/> submit instead, which carries the same verb.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction(Title)
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    /// <summary>Skip client-side validation for actions such as Cancel.</summary>
    public string? AssociatedInputs { get; init; }

    public CardAction Fallback => new SubmitAction(Title)
    {
        Data = new Dictionary<string, string>(Data ?? new Dictionary<string, string>()) { [CardActions.VerbKey] = Verb },
        AssociatedInputs = AssociatedInputs,
        Teams = TeamsActionOptions.HideFeedback,
    };
}

public sealed record SubmitAction(string Title) : CardAction(Title)
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }
    public string? AssociatedInputs { get; init; }

    /// <summary>
    /// The bot answers with a card that replaces this one, so Teams' "Your response was sent to the app" line is only
    /// noise. Teams reads this on Action.Submit only (its card schema has no such property on Action.Execute).
    /// </summary>
    [JsonPropertyName("msteams")]
    public TeamsActionOptions? Teams { get; init; }
}

public sealed record OpenUrlAction(string Title, string Url) : CardAction(Title);

public sealed record TeamsActionOptions(TeamsFeedback Feedback)
{
    public static readonly TeamsActionOptions HideFeedback = new(new TeamsFeedback(true));
}

public sealed record TeamsFeedback(bool Hide);
