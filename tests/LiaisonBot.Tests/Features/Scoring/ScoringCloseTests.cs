using Azure.Data.Tables;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Scoring;

/// <summary>Closing at the closing date, with two bot instances sharing storage and key ring, and after an instance died mid-close.</summary>
public sealed class ScoringCloseTests : IAsyncLifetime
{
    private readonly ShiftedClock clockA = new();
    private readonly ShiftedClock clockB = new();
    private readonly DirectoryInfo keyRing = Directory.CreateTempSubdirectory("liaisonbot-shared-keys-");
    private BotHost a = null!;
    private BotHost b = null!;

    public async Task InitializeAsync()
    {
        var shared = ScoringTesting.Settings(new Dictionary<string, string?>
        {
            ["Storage:TablePrefix"] = TestStorage.NewPrefix(),
            ["KeyRing:Path"] = keyRing.FullName,
        });
        a = await BotHost.StartAsync(shared, services => services.AddSingleton<TimeProvider>(clockA));
        b = await BotHost.StartAsync(shared, services => services.AddSingleton<TimeProvider>(clockB));
        await a.ImportRosterAsync();
    }

    public async Task DisposeAsync()
    {
        await a.DisposeAsync();
        await b.DisposeAsync();
        keyRing.Delete(recursive: true);
    }

    [Fact]
    public async Task ARound_ClosesAtItsClosingDate_OnceAcrossTwoInstances()
    {
        var onA = new ScoringTesting(a);
        var onB = new ScoringTesting(b);
        var id = await onA.OpenRoundAsync(ScoringTesting.RoundFields(groups: "T02,T04,T05"));
        var scorers = ScoringTesting.StandingCommittee.Take(6).ToList();
        for (var i = 0; i < scorers.Count; i++)
        {
            // Saves land on either instance: both seal and open with the one shared key ring.
            var on = i % 2 == 0 ? onA : onB;
            await on.SaveAsync(TestUser.Of(scorers[i], on.Host), id, 0, new Dictionary<string, Scores>
            {
                ["T02"] = new(10 + i, 20, 20, 20),
                ["T04"] = new(15, 15, 15, 15),
                ["T05"] = new(5, 5, 5, 5),
            });
        }

        clockA.Offset = clockB.Offset = TimeSpan.FromDays(8); // the closing date has passed, on both instances
        await Eventually.HoldsAsync(async () => await RoundAsync(a, id) is { } r && r.GetString("State") == "Closed" && r.GetBoolean("SealedErased") == true,
            "the round closed itself and erased the sealed scores");
        clockA.Offset = clockB.Offset = TimeSpan.Zero;

        var round = (await RoundAsync(a, id))!;
        Assert.True(string.IsNullOrEmpty(round.GetString("ClosedBy")));
        var ballots = await a.RowsAsync(BallotStore.Table);
        Assert.Equal(18, ballots.Count);
        Assert.Single(ballots.Select(x => x.PartitionKey).Distinct());
        Assert.DoesNotContain(await a.RowsAsync(BallotBox.Table), r => r.RowKey.StartsWith(BallotBoxKeys.SealedPrefix, StringComparison.Ordinal));
        var results = Sent.Text(await onB.ExecuteAsync(TestUser.Of(scorers[1], b), ScoringVerbs.Results, new { id }));
        Assert.Contains("河口镇联络组\n思路 12.5 · 措施 20.0 · 方法 20.0 · 成效 20.0\n中位数 72.5 · 标准差 1.9 · 6 票\n72.5", results);
    }

    [Fact]
    public async Task ACloseLeftHalfDone_IsFinishedByAnotherInstance_AndItsBallotsDoNotCount()
    {
        var on = new ScoringTesting(a);
        var id = await on.OpenRoundAsync(ScoringTesting.RoundFields(groups: "T02"));
        foreach (var scorer in ScoringTesting.StandingCommittee.Take(5))
        {
            await on.SaveAsync(TestUser.Of(scorer, a), id, 0, new Dictionary<string, Scores> { ["T02"] = new(20, 20, 20, 20) });
        }

        // An instance took the close, wrote part of its ballots and died: its lease has run out.
        var tables = a.Services.GetRequiredService<Tables>();
        var round = (await tables[ScoringStore.Table].GetEntityAsync<ScoringRoundEntity>(ScoringRoundEntity.Partition, id)).Value;
        round.State = nameof(RoundState.Closing);
        round.TallyId = "dead";
        round.TallyUntil = DateTimeOffset.UtcNow.AddMinutes(-1);
        await tables[ScoringStore.Table].UpdateEntityAsync(round, round.ETag);
        await tables[BallotStore.Table].AddEntityAsync(new BallotEntity { PartitionKey = $"{id}.dead", RowKey = "x", Group = "T02", Ideas = 1, Measures = 1, Methods = 1, Effect = 1 });

        await Eventually.HoldsAsync(async () => await RoundAsync(b, id) is { } r && r.GetString("State") == "Closed" && r.GetBoolean("SealedErased") == true,
            "another instance finished the close");

        var ballots = await a.RowsAsync(BallotStore.Table);
        Assert.Equal(5, ballots.Count);
        Assert.All(ballots, x => Assert.Equal(20, x.GetInt32("Ideas")));
        Assert.DoesNotContain(ballots, x => x.PartitionKey.EndsWith(".dead", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SealedScores_DoNotOpenWithAnotherKeyRing()
    {
        var on = new ScoringTesting(a);
        var id = await on.OpenRoundAsync(ScoringTesting.RoundFields(groups: "T02"));
        await on.SaveAsync(TestUser.Of(ScoringTesting.StandingCommittee[1], a), id, 0, new Dictionary<string, Scores> { ["T02"] = new(20, 20, 20, 20) });
        var sealedRow = (await a.RowsAsync(BallotBox.Table)).Single(r => r.RowKey.StartsWith(BallotBoxKeys.SealedPrefix, StringComparison.Ordinal));
        var round = (await a.Services.GetRequiredService<Tables>()[ScoringStore.Table].GetEntityAsync<ScoringRoundEntity>(ScoringRoundEntity.Partition, id)).Value;

        await using var stranger = await BotHost.StartAsync(ScoringTesting.Settings()); // its own key ring
        var seal = stranger.Services.GetRequiredService<ScoreSeal>();

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => seal.Unseal(round, "M009", sealedRow.GetBinary("Sealed")!));
        Assert.Equal(["T02"], a.Services.GetRequiredService<ScoreSeal>().Unseal(round, "M009", sealedRow.GetBinary("Sealed")!).Keys);
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() =>
            a.Services.GetRequiredService<ScoreSeal>().Unseal(round, "M012", sealedRow.GetBinary("Sealed")!)); // moved to another scorer's row
    }

    private static async Task<TableEntity?> RoundAsync(BotHost host, string id) =>
        (await host.RowsAsync(ScoringStore.Table)).SingleOrDefault(r => r.RowKey == id);
}
