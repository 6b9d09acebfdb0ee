namespace LiaisonBot.Cards;

/// <summary>Common to every input: the server re-validates everything; these only help the client.</summary>
public abstract record CardInput : CardElement
{
    public string? Label { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

public sealed record InputText : CardInput
{
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public int? MaxLength { get; init; }
    public bool? IsMultiline { get; init; }
}

public sealed record InputDate : CardInput
{
    /// <summary>yyyy-MM-dd.</summary>
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
}

public sealed record InputTime : CardInput
{
    /// <summary>HH:mm.</summary>
    public string? Value { get; init; }
}

public sealed record InputNumber : CardInput
{
    public double? Value { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
}

public sealed record InputToggle : CardInput
{
    public required string Title { get; init; }
    public string? Value { get; init; }
}

public sealed record InputChoiceSet : CardInput
{
    public required IReadOnlyList<Choice> Choices { get; init; }
    public string? Value { get; init; }
    public bool? IsMultiSelect { get; init; }

    /// <summary>"compact" (drop-down) or "expanded" (radio buttons / check boxes).</summary>
    public string? Style { get; init; }
    public string? Placeholder { get; init; }
}

public sealed record Choice(string Title, string Value);
