using System.Text.Json;
using System.Text.Json.Nodes;
using LiaisonBot.Features.Reports;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Hostile;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Reports;

/// <summary>
/// Throws malformed and hostile card payloads at the report verbs: wrong JSON types, huge strings, control characters,
/// lone surrogates, missing and unknown fields, forged ids. Never a 5xx; nothing stored that a valid form could not store.
/// </summary>
public sealed class ReportFuzzTests : IAsyncLifetime
{
    private static readonly string[] Fields =
        [ReportForm.Kind, ReportForm.Title, ReportForm.Date, ReportForm.Place, ReportForm.Description, ReportForm.Outcome,
         ReportForm.Participants, ReportVerbs.FormId, ReportVerbs.ReportId, ReportVerbs.ETag, ReportVerbs.Reason, ReportVerbs.Page,
         ReportVerbs.GroupCode, "authorCode", "memberCode", "aadObjectId", "verb"];

    private static readonly string[] Verbs =
        [ReportVerbs.Submit, ReportVerbs.Submit, ReportVerbs.Submit, ReportVerbs.Open, ReportVerbs.Edit, ReportVerbs.Withdraw,
         ReportVerbs.WithdrawConfirm, ReportVerbs.Mine, ReportVerbs.Group, ReportVerbs.All];

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task HostilePayloads_NeverCause5xx_OrAWrongWrite()
    {
        var random = new Random(20261125);
        var people = new[] { SampleRoster.Member, SampleRoster.Leader }.Select(m => TestUser.Of(m, host)).ToList();
        var receipts = 0;
        for (var i = 0; i < 250; i++)
        {
            var user = people[random.Next(people.Count)];
            var activity = user.Execute(Verbs[random.Next(Verbs.Length)], Payload(random));
            if (random.Next(10) == 0)
            {
                activity = activity with { Value = Malformed(random) };
            }

            var response = await host.PostAsync(activity);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"#{i}: HTTP {(int)response.StatusCode} {body}");
            var status = body.Length > 0 ? (int?)JsonNode.Parse(body)?["statusCode"] : null;
            Assert.True(status is null or < 500, $"#{i}: {body}");
            receipts += body.Contains("✓ 已记录", StringComparison.Ordinal) ? 1 : 0;
        }

        var rows = await host.RowsAsync(ReportStore.Table);
        Assert.True(receipts > 0, "the fuzzer never produced a valid report: it tests too little");
        Assert.InRange(rows.Count, 1, receipts);
        foreach (var row in rows)
        {
            var author = SampleRoster.Roster.ByCode(row.PartitionKey)!;
            Assert.Equal(author.Code, row.GetString("AuthorCode"));
            Assert.Equal(author.GroupCode, row.GetString("GroupCode"));
            Assert.NotNull(ActivityKinds.Parse(row.GetString("Kind")));
            Assert.InRange(row.GetString("Title").Length, 1, ReportForm.MaxTitle);
            Assert.InRange(row.GetString("Description").Length, 1, ReportForm.MaxDescription);
            Assert.DoesNotContain(row.GetString("Title"), char.IsControl);
            var date = ReportSamples.Calendar.ToDate(row.GetDateTimeOffset("ActivityDate")!.Value);
            Assert.InRange(date, ReportSamples.Calendar.EarliestReportDate, ReportSamples.Today);
            foreach (var code in (row.GetString("Participants") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Equal(author.GroupCode, SampleRoster.Roster.ByCode(code)!.GroupCode);
            }
        }
    }

    private static JsonObject Payload(Random random)
    {
        var payload = new JsonObject();
        var valid = ReportSamples.Form(date: ReportSamples.Today.AddDays(-random.Next(0, 400)));
        valid[ReportVerbs.FormId] = random.Next(3) == 0 ? Guid.NewGuid().ToString("N") : "6f9619ff8b86d011b42d00c04fc964ff";
        foreach (var field in Fields)
        {
            switch (random.Next(8))
            {
                case 0: break; // missing
                case >= 1 and <= 5 when valid.TryGetValue(field, out var good): payload[field] = JsonValue.Create(good?.ToString()); break;
                default: payload[field] = HostileCorpus.Value(random); break;
            }
        }

        payload["unknown" + random.Next(100)] = HostileCorpus.Value(random);
        return payload;
    }

    private static JsonElement Malformed(Random random) => JsonSerializer.SerializeToElement<object?>(random.Next(4) switch
    {
        0 => new { action = new { type = "Action.Submit", verb = ReportVerbs.Submit } },
        1 => new { action = "Action.Execute" },
        2 => new[] { 1, 2, 3 },
        _ => new { action = new { type = "Action.Execute", verb = ReportVerbs.Submit, data = "not an object" } },
    }, BotJson.Options);
}
