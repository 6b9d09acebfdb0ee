namespace LiaisonBot.Cards;

/// <summary>
/// One page of a list. Every list pages the same way: a page number out of range shows the nearest page, and an empty
/// list is one empty page, so "previous" and "next" only appear where they lead somewhere.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Count)
{
    public bool HasPrevious => Number > 0;

    public bool HasNext => Number < Count - 1;
}

public static class Pages
{
    public static Page<T> Of<T>(IReadOnlyList<T> all, int requested, int size)
    {
        var count = Math.Max(1, (all.Count + size - 1) / size);
        var number = Math.Clamp(requested, 0, count - 1);
        return new Page<T>([.. all.Skip(number * size).Take(size)], number, count);
    }
}
