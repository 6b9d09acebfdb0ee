using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using LiaisonBot.Features.Roster;
using LiaisonBot.Hosting;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Tests.Infrastructure;

/// <summary>
/// The real bot (WebApplicationFactory over Program) on a real Azurite, authenticated against a local fake Bot Framework
/// that also plays the Bot Connector and records what the bot sends.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    private readonly DirectoryInfo keyRing;

    private BotHost(FakeBotFramework fake, WebApplicationFactory<Program> factory, LogCapture logs, DirectoryInfo keyRing)
    {
        Fake = fake;
        this.factory = factory;
        this.keyRing = keyRing;
        Logs = logs;
        Client = factory.CreateClient();
    }

    public FakeBotFramework Fake { get; }

    /// <summary>Every line the bot logged, at every level.</summary>
    public LogCapture Logs { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => factory.Services;

    /// <summary>Another client of the bot with its own cookies, as a second browser would be.</summary>
    public HttpClient NewClient() => factory.CreateClient();

    /// <param name="services">Replaces services after the bot's own registrations (e.g. its clock).</param>
    /// <param name="cloud">The cloud the fake Bot Framework plays and the bot is set to (Public unless said).</param>
    public static async Task<BotHost> StartAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, AzureCloud? cloud = null)
    {
        var fake = await FakeBotFramework.StartAsync(cloud);
        var logs = new LogCapture();
        // Each host its own Data Protection key ring (it seals scoring rounds), unless the test shares one on purpose.
        var keyRing = Directory.CreateTempSubdirectory("liaisonbot-keys-");
        var all = new Dictionary<string, string?>(fake.Configuration)
        {
            ["KeyRing:Path"] = keyRing.FullName,
            ["DutyFile:RecomputeDelay"] = "00:00:00.050", // tests wait for the points; a deployment lets a burst settle first
        };
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

            web.ConfigureLogging(logging => logging.AddProvider(logs).AddFilter<LogCapture>(null, LogLevel.Trace));
            web.ConfigureTestServices(collection =>
            {
                collection.TrustFakeBotFramework(fake);
                services?.Invoke(collection);
            });
        });
        // Creating the client starts the bot, and its TableCreator has made every declared table before that returns.
        return new BotHost(fake, factory, logs, keyRing);
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

    /// <summary>Every row of these tables by key and ETag, in order: equal snapshots mean nothing was written in between.</summary>
    public async Task<List<string>> SnapshotAsync(params string[] tables)
    {
        var rows = new List<string>();
        foreach (var table in tables)
        {
            rows.AddRange((await RowsAsync(table)).Select(r => $"{table}/{r.PartitionKey}/{r.RowKey}/{r.ETag}"));
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }

    /// <summary>The command-line arguments that point a CLI verb (import-roster, import-plans…) at this bot's storage.</summary>
    public string[] StorageArguments()
    {
        var storage = Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return [$"--Storage:ConnectionString={storage.ConnectionString}", $"--Storage:TablePrefix={storage.TablePrefix}"];
    }

    public async ValueTask DisposeAsync()
    {
        // Stop the bot first, so its hosted services do not trip over tables that are being deleted.
        var tables = Services.GetRequiredService<Tables>();
        var clients = Services.GetServices<DeclaredTable>().Select(t => t.Name).Distinct().Select(name => tables[name]).ToList();
        Client.Dispose();
        await factory.DisposeAsync();
        await Task.WhenAll(clients.Select(table => table.DeleteAsync()));
        await Fake.DisposeAsync();
        keyRing.Delete(recursive: true);
    }
}
