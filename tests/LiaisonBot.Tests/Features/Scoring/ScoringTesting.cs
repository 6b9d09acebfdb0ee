using System.Globalization;
using System.Text.Json.Nodes;
using LiaisonBot.App;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Tests.Features.Broadcasts;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Scoring;

/// <summary>A bot with the sample roster, the secretariat, and helpers to open a round and score through real card actions.</summary>
public sealed class ScoringTesting(BotHost host)
{
    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? more = null)
    {
        var all = new Dictionary<string, string?>(BroadcastTesting.Settings) { ["Scoring:CloseCheckInterval"] = "00:00:00.200" };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    public static IReadOnlyList<Member> StandingCommittee => SampleRoster.Roster.WithRole(Roles.StandingCommittee).ToList();

    /// <summary>Groups in the order the cards show them (townships, then agencies).</summary>
    public static IReadOnlyList<string> Groups => SampleRoster.Roster.Groups.Select(g => g.Code).ToList();

    public BotHost Host => host;

    public TestUser Office { get; } = TestUser.Of(SampleRoster.Secretariat, host);

    /// <summary>Puts people in a 1:1 chat with the bot (so the outbox can reach them).</summary>
    public async Task<List<TestUser>> InstallAsync(IEnumerable<Member> members, string locale = "zh-CN")
    {
        var users = new List<TestUser>();
        foreach (var member in members)
        {
            var user = TestUser.Of(member, host, locale);
            await host.PostAsync(user.Installation("add"));
            await host.PostAsync(user.Install());
            users.Add(user);
        }

        return users;
    }

    public static Dictionary<string, string> RoundFields(string? groups = null, int k = 5, string? closeDate = null, string closeTime = "18:00",
        int max = 25) => new()
        {
            [RoundForm.Year] = ReportSamples.Calendar.WorkYear.ToString(CultureInfo.InvariantCulture),
            [RoundForm.Groups] = groups ?? string.Join(',', Groups),
            [RoundForm.MaxField(Criterion.Ideas)] = max.ToString(CultureInfo.InvariantCulture),
            [RoundForm.MaxField(Criterion.Measures)] = max.ToString(CultureInfo.InvariantCulture),
            [RoundForm.MaxField(Criterion.Methods)] = max.ToString(CultureInfo.InvariantCulture),
            [RoundForm.MaxField(Criterion.Effect)] = max.ToString(CultureInfo.InvariantCulture),
            [RoundForm.CloseDate] = closeDate ?? ReportSamples.Today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [RoundForm.CloseTime] = closeTime,
            [RoundForm.MinBallots] = k.ToString(CultureInfo.InvariantCulture),
        };

    /// <summary>Opens a round through the secretariat's card and returns its id (a new one unless given).</summary>
    public async Task<string> OpenRoundAsync(Dictionary<string, string>? fields = null, string? id = null)
    {
        id ??= Guid.NewGuid().ToString("N");
        var card = await ExecuteAsync(Office, ScoringVerbs.Open, new Dictionary<string, string>(fields ?? RoundFields()) { [ScoringVerbs.Id] = id });
        Assert.Contains("进行中", Sent.Text(card));
        return id;
    }

    public async Task<JsonNode> ExecuteAsync(TestUser user, string verb, object data) =>
        await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(verb, data)));

    /// <summary>Saves one page of scores as the scorer's card would send it.</summary>
    public Task<JsonNode> SaveAsync(TestUser user, string roundId, int page, IReadOnlyDictionary<string, Scores> scores, IDictionary<string, string>? extra = null)
    {
        var data = SaveData(roundId, page, scores);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            data[key] = value;
        }

        return ExecuteAsync(user, ScoringVerbs.Save, data);
    }

    /// <summary>What the scorer's card sends for one page: inputs keyed by group and criterion.</summary>
    public static Dictionary<string, string> SaveData(string roundId, int page, IReadOnlyDictionary<string, Scores> scores)
    {
        var data = new Dictionary<string, string> { [ScoringVerbs.Id] = roundId, [ScoringVerbs.PageNumber] = page.ToString(CultureInfo.InvariantCulture) };
        foreach (var (group, s) in scores)
        {
            foreach (var c in Criteria.All)
            {
                data[Criteria.FieldId(group, c)] = s[c].ToString(CultureInfo.InvariantCulture);
            }
        }

        return data;
    }

    /// <summary>The groups a scorer scores, a page at a time, as the bot pages them (4 a page, own group left out).</summary>
    public static List<string[]> Pages(Member scorer, IReadOnlyList<string>? groups = null) =>
        (groups ?? Groups).Where(g => !(scorer.Has(Roles.Leader) && scorer.GroupCode == g)).Chunk(4).ToList();

    public static async Task<Dictionary<string, string>> SnapshotAsync(BotHost host, params string[] tables)
    {
        var all = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            foreach (var row in await host.RowsAsync(table))
            {
                all[$"{table}/{row.PartitionKey}/{row.RowKey}"] = row.ETag.ToString();
            }
        }

        return all;
    }
}
