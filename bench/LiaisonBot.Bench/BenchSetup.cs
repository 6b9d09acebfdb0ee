using System.Diagnostics;
using Azure.Data.Tables;
using LiaisonBot.App;
using LiaisonBot.Features.Reports;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Bench;

/// <summary>What the benches do before they measure: a roster imported through the bot's own verb, members' chats stored, a history of reports.</summary>
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
        // As deployed, the key ring is encrypted with the operator's certificate: Production starts only with one.
        foreach (var (key, value) in TestStorage.Settings(prefix).Concat(TestCertificates.KeyRingSettings(TestCertificates.SharedPfx)))
        {
            settings[key] = value;
        }

        // The bot, a process of its own, trusts the fake's self-signed token endpoint through OpenSSL's own setting, so
        // what it sends (the mix's notice) is delivered rather than retried with failing token requests all run long.
        var trusted = Path.Combine(Path.GetTempPath(), $"liaisonbot-bench-{Environment.ProcessId}.pem");
        File.WriteAllText(trusted, fake.Certificate.ExportCertificatePem());
        settings["SSL_CERT_FILE"] = trusted;
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

    /// <summary>
    /// A committee's history written straight to the reports table: <paramref name="perYear"/> reports a member a year for
    /// <paramref name="years"/> years up to <paramref name="workYear"/>, nine in ten verified, one in five naming a group mate.
    /// </summary>
    public static async Task<int> SeedReportsAsync(TableClient table, Committee roster, int workYear, int years, int perYear)
    {
        await table.CreateIfNotExistsAsync();
        var kinds = Enum.GetValues<LiaisonBot.Features.Reports.ActivityKind>();
        var members = roster.Members.Where(m => m.GroupCode is not null).ToList();
        var written = 0;
        await Parallel.ForEachAsync(members, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (member, ct) =>
        {
            var random = new Random(member.Code.GetHashCode(StringComparison.Ordinal));
            var mates = roster.MembersOf(member.GroupCode!).Where(m => m.Code != member.Code).ToList();
            var rows = new List<ReportEntity>();
            for (var year = workYear - years + 1; year <= workYear; year++)
            {
                for (var i = 0; i < perYear; i++)
                {
                    var date = new DateTimeOffset(year, 1 + random.Next(12), 1 + random.Next(28), 2, 0, 0, TimeSpan.Zero);
                    var verified = random.Next(10) > 0;
                    rows.Add(new ReportEntity
                    {
                        PartitionKey = member.Code,
                        RowKey = Guid.NewGuid().ToString("N"),
                        AuthorCode = member.Code,
                        AuthorName = member.Name,
                        GroupCode = member.GroupCode,
                        WorkYear = year,
                        Kind = kinds[random.Next(kinds.Length)].ToString(),
                        Title = $"{year}年第{i + 1}次履职活动",
                        ActivityDate = date,
                        Description = "走访群众，听取意见建议，形成书面材料。",
                        Participants = random.Next(5) == 0 && mates.Count > 0 ? mates[random.Next(mates.Count)].Code : null,
                        CreatedAt = date,
                        UpdatedAt = date,
                        Review = verified ? nameof(ReviewState.Verified) : null,
                        ReviewedBy = verified ? roster.LeaderOf(member.GroupCode!)?.Code : null,
                        ReviewedAt = verified ? date.AddDays(3) : null,
                    });
                }
            }

            foreach (var chunk in rows.Chunk(100))
            {
                await table.SubmitTransactionAsync([.. chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r))], ct);
            }

            Interlocked.Add(ref written, rows.Count);
        });
        return written;
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
