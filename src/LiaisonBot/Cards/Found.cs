namespace LiaisonBot.Cards;

/// <summary>"Find it or say it is not there", for the many verbs that act on one stored thing named by a button.</summary>
public static class Found
{
    /// <summary>The card <paramref name="show"/> makes of the thing, or <paramref name="notFound"/> when it is gone or not the caller's.</summary>
    public static async Task<AdaptiveCard> OrAsync<T>(this Task<T?> find, Func<AdaptiveCard> notFound, Func<T, Task<AdaptiveCard>> show)
        where T : class =>
        await find is { } found ? await show(found) : notFound();

    public static async Task<AdaptiveCard> OrAsync<T>(this Task<T?> find, Func<AdaptiveCard> notFound, Func<T, AdaptiveCard> show)
        where T : class =>
        await find is { } found ? show(found) : notFound();
}
