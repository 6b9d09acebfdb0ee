namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>
/// What one computed item came to for a group: the points, the two numbers its share was taken from (12 tasks on time
/// <see cref="Have"/> of 15 <see cref="Of"/>), and the records behind them, so the figure opens to what it counts.
/// <see cref="Note"/> is a text key when there is something to say (too few ballots, no closed round); the card words it.
/// </summary>
public sealed record ItemFigure(string Item, decimal Points, decimal Have, decimal Of, IReadOnlyList<Evidence> Evidence)
{
    public string? Note { get; init; }
}

/// <summary>A record behind a figure: a task, a report, a member; whether it counted towards the figure.</summary>
public sealed record Evidence(DateOnly? Date, string Text, bool Counts);

/// <summary>A group's computed items of a year, as computed at one moment.</summary>
public sealed record GroupFigures(string Group, IReadOnlyList<ItemFigure> Items, DateTimeOffset ComputedAt)
{
    public ItemFigure? For(string item) => Items.FirstOrDefault(i => string.Equals(i.Item, item, StringComparison.OrdinalIgnoreCase));
}
