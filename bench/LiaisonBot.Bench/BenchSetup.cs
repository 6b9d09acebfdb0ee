using System.Diagnostics;
using LiaisonBot.App;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Bench;

/// <summary>What every bench does before it measures: a roster imported through the bot's own verb, members' chats stored.</summary>
public static class BenchSetup
{
    /// <summary>The bot as deployed (Production settings), trusting the fake Bot Framework, on its own table prefix.</summary>
    public static Dictionary<string, string?> BotSettings(FakeBotFramework fake, string prefix)
    {
        var settings = new Dictionary<string, string?>(fake.Configuration)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Bot:AllowedTenants"] = TestUser.TenantId,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in TestStorage.Settings(prefix))
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task ImportRosterAsync(string dll, IReadOnlyDictionary<string, string?> settings, string csv)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        foreach (var arg in new[] { dll, "import-roster", csv })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }

        using var import = Process.Start(start)!;
        Console.WriteLine(await import.StandardOutput.ReadToEndAsync());
        await import.WaitForExitAsync();
    }

    /// <summary>Members who installed the app long ago: their conversation is stored and linked, as the install flow leaves it.</summary>
    public static async Task SeedConversationsAsync(string storage, string prefix, IEnumerable<TestUser> users, Committee roster)
    {
        var table = new Azure.Data.Tables.TableClient(storage, prefix + LiaisonBot.Conversations.ConversationStore.Table);
        await table.CreateIfNotExistsAsync();
        foreach (var user in users)
        {
            var activity = user.Message("");
            await table.UpsertEntityAsync(new LiaisonBot.Conversations.ConversationEntity
            {
                RowKey = LiaisonBot.Storage.Keys.Escape(user.Id),
                UserId = user.Id,
                AadObjectId = user.AadObjectId,
                Name = user.Name,
                ServiceUrl = activity.ServiceUrl!,
                ConversationId = activity.Conversation!.Id!,
                TenantId = activity.Conversation.TenantId,
                ChannelId = activity.ChannelId,
                BotId = activity.Recipient!.Id,
                Locale = user.Locale,
                MemberCode = roster.Members.Single(m => m.Email == user.Email).Code,
                Installed = true,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
        }
    }

    /// <summary>A number from the command line, or its default.</summary>
    public static int Arg(string[] args, int index, int fallback) =>
        args.ElementAtOrDefault(index) is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
