namespace LiaisonBot.Tests.Infrastructure;

/// <summary>Waits for background work (the outbox, the status updater) to show its effect, failing with a message.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Not within {seconds} s: {what}");
            }

            await Task.Delay(50);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string what, int seconds = 20) =>
        HoldsAsync(() => Task.FromResult(condition()), what, seconds);
}
