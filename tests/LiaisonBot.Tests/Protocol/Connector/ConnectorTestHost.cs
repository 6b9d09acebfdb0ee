using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;
using LiaisonBot.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LiaisonBot.Tests.Protocol.Connector;

/// <summary>A fake Bot Framework and the bot's connector services wired to it the way the app wires them.</summary>
public abstract class ConnectorTestHost : IAsyncLifetime
{
    private readonly List<ServiceProvider> providers = [];

    protected FakeBotFramework Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        await Fake.DisposeAsync();
    }

    /// <summary>Services from the fake's configuration; retry delays shrunk to milliseconds so tests stay fast.</summary>
    protected ServiceProvider Services(Action<BotOptions>? bot = null, Action<ConnectorOptions>? retry = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Fake.Configuration).Build();
        var services = new ServiceCollection().AddLogging().Configure<BotOptions>(configuration);
        if (bot is not null)
        {
            services.PostConfigure(bot);
        }

        services.Configure<ConnectorOptions>(o =>
        {
            o.BaseDelay = TimeSpan.FromMilliseconds(5);
            o.MaxDelay = TimeSpan.FromMilliseconds(20);
            retry?.Invoke(o);
        });
        var provider = services.AddBotConnector().TrustFakeBotFramework(Fake).BuildServiceProvider();
        providers.Add(provider);
        return provider;
    }

    protected ConnectorClient Client(Action<BotOptions>? bot = null, Action<ConnectorOptions>? retry = null) =>
        Services(bot, retry).GetRequiredService<ConnectorClient>();

    protected static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
