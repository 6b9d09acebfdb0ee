namespace LiaisonBot.Tests.Infrastructure;

/// <summary>How a test class that shares one bot among its tests starts that bot (roster, plans, rounds…).</summary>
public interface ISharedBotHost
{
    public abstract static Task<BotHost> StartAsync();
}

/// <summary>
/// One <see cref="BotHost"/> for all tests of a class (<c>IClassFixture&lt;SharedBotHost&lt;TheTests&gt;&gt;</c>), started
/// as <typeparamref name="T"/> says: booting a bot per test is most of what such tests cost. Only tests that leave the
/// bot as they found it (refusals, reads, writes no other test of the class looks at) share one; the rest start their own.
/// xunit runs the tests of one class one after another, so they never overlap on it.
/// </summary>
public sealed class SharedBotHost<T> : IAsyncLifetime
    where T : ISharedBotHost
{
    private BotHost? host;

    /// <summary>The shared bot, with the fake connector's recording cleared so the test sees only its own traffic.</summary>
    public BotHost ForNextTest()
    {
        var shared = host ?? throw new InvalidOperationException("The shared bot is not started yet.");
        shared.Fake.ClearRequests();
        return shared;
    }

    public async Task InitializeAsync() => host = await T.StartAsync();

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
