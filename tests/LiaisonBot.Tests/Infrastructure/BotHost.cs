using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using LiaisonBot.Features.Roster;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace LiaisonBot.Tests.Infrastructure;

/// <summary>
/// The real bot (WebApplicationFactory over Program) on a real Azurite, authenticated against a local fake Bot Framework
/// that also plays the Bot Connector and records what the bot sends.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    private BotHost(FakeBotFramework fake, WebApplicationFactory<Program> factory)
    {
        Fake = fake;
        this.factory = factory;
        Client = factory.CreateClient();
    }

    public FakeBotFramework Fake { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => factory.Services;

    public static async Task<BotHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var fake = await FakeBotFramework.StartAsync();
        var all = new Dictionary<string, string?>(fake.Configuration);
        foreach (var (key, value) in TestStorage.Settings(TestStorage.NewPrefix()).Concat(settings ?? new Dictionary<string, string?>()))
        {
            all[key] = value;
        }

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            foreach (var (key, value) in all)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureTestServices(services => services.TrustFakeBotFramework(fake));
        });
        var host = new BotHost(fake, factory);
        await host.Services.GetRequiredService<Tables>().CreateAllAsync(CancellationToken.None);
        return host;
    }

    public async Task ImportRosterAsync(string? csv = null)
    {
        var result = await Services.GetRequiredService<RosterImporter>().ImportAsync(new StringReader(csv ?? SampleRoster.Csv), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    /// <summary>Posts an activity as the channel would, with a valid token unless told otherwise.</summary>
    public Task<HttpResponseMessage> PostAsync(Activity activity, string? authorization = "valid") =>
        PostRawAsync(JsonSerializer.Serialize(activity, BotJson.Options),
            authorization == "valid" ? Fake.Tokens.Header(s => s with { ServiceUrl = activity.ServiceUrl }) : authorization);

    public async Task<HttpResponseMessage> PostRawAsync(string json, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BotEndpoint.Path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Every row of one of the bot's tables, to assert what was (or was not) stored.</summary>
    public async Task<List<TableEntity>> RowsAsync(string table)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Services.GetRequiredService<Tables>()[table].QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        var tables = Services.GetRequiredService<Tables>();
        foreach (var name in Services.GetServices<DeclaredTable>().Select(t => t.Name).Distinct())
        {
            await tables[name].DeleteAsync();
        }

        Client.Dispose();
        await factory.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
