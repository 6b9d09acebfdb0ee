using System.Text.Json.Nodes;
using LiaisonBot.Features.MassSupervision;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Features.MassSupervision.Batches;
using LiaisonBot.Features.MassSupervision.Results;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.MassSupervision;

/// <summary>
/// The close: codes frozen, ballots moved out shuffled into anonymous rows written together, sealed values erased;
/// results only from k ballots; and, read like an adversary, nothing stored or logged links an answer to a code.
/// </summary>
public sealed class MassSupervisionCloseTests
{
    [Fact]
    public async Task Closing_WritesAnonymousBallotsTogether_ErasesEverySealedValue_AndClosingTwiceChangesNothing()
    {
        await using var host = await MassTesting.StartAsync();
        var mass = new MassTesting(host);
        var campaign = await mass.CampaignAsync();
        var (batch, codes) = await mass.BatchAsync(campaign, slips: 8);
        for (var i = 0; i < 6; i++)
        {
            await MassTesting.CastAsync(host.NewClient(), codes[i], MassTesting.Answers("T01", "SMNU"[i % 4].ToString()), i == 0 ? "多开展调研" : null);
        }

        var closing = DateTimeOffset.UtcNow;
        var results = await mass.ExecuteAsync(mass.Office, MassVerbs.CloseConfirm, MassNotice.Data(campaign));

        Assert.Contains("结果", Sent.Text(results));
        var ballots = (await host.RowsAsync(BallotStore.Table)).Where(b => b.PartitionKey == $"{campaign}|T01").ToList();
        Assert.Equal(6, ballots.Count);
        string[] allowed = ["Answers", "PartitionKey", "RowKey", "Suggestion", "Tally", "Timestamp", "odata.etag"];
        Assert.All(ballots, b => Assert.Subset(allowed.ToHashSet(), b.Keys.ToHashSet()));
        // Written by the close, in one transaction: no ballot carries the moment its code was used.
        Assert.All(ballots, b => Assert.True(b.Timestamp >= closing.AddSeconds(-1), $"{b.Timestamp} is before the close at {closing}"));
        Assert.Single(ballots, b => b.GetString("Suggestion") == "多开展调研");
        var rows = (await host.RowsAsync(CodeStore.Table)).Where(r => r.PartitionKey == campaign).ToList();
        Assert.All(rows, r => Assert.Null(r.GetBinary("Sealed")));
        Assert.Equal(6, rows.Count(r => r.GetString("State") == nameof(CodeState.Used)));
        Assert.Equal(2, rows.Count(r => r.GetString("State") == nameof(CodeState.Closed)));
        Assert.Null((await host.Services.GetRequiredService<CampaignStore>().BatchAsync(campaign, batch, CancellationToken.None))!.SealedCodes);

        var tables = host.Services.GetServices<DeclaredTable>().Select(t => t.Name).Distinct().ToArray();
        var before = await host.SnapshotAsync(tables);
        await mass.ExecuteAsync(mass.Office, MassVerbs.CloseConfirm, MassNotice.Data(campaign));
        Assert.Equal(before, await host.SnapshotAsync(tables));

        var phone = host.NewClient();
        Assert.Contains("评议已经结束", await (await MassTesting.CastAsync(phone, codes[7], MassTesting.Answers("T01", "S"))).Content.ReadAsStringAsync());
        Assert.Contains("这个评议码已经用过", await (await MassTesting.PostCodeAsync(phone, codes[0])).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AfterItsLastDay_TheBotClosesTheCampaignByItself_AndItsCodesAreRefused()
    {
        var clock = new ShiftedClock();
        await using var host = await MassTesting.StartAsync(new Dictionary<string, string?> { ["MassSupervision:CloseCheckInterval"] = "00:00:00.200" },
            s => s.AddSingleton<TimeProvider>(clock));
        var mass = new MassTesting(host);
        var campaign = await mass.CampaignAsync();
        var (_, codes) = await mass.BatchAsync(campaign, slips: 3);
        await MassTesting.CastAsync(host.NewClient(), codes[0], MassTesting.Answers("T01", "M"));

        clock.Offset = TimeSpan.FromDays(9);
        var store = host.Services.GetRequiredService<CampaignStore>();
        await Eventually.HoldsAsync(async () => await store.FindAsync(campaign, CancellationToken.None) is { Status: CampaignState.Closed, SealedErased: true },
            "the campaign is closed and its sealed values erased");

        Assert.Single(await host.RowsAsync(BallotStore.Table));
        Assert.Contains("评议已经结束", await (await MassTesting.PostCodeAsync(host.NewClient(), codes[1])).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PaperTotals_AreCheckedCountedApart_AndABatchReturningMoreThanIssuedIsVoid()
    {
        await using var host = await MassTesting.StartAsync();
        var mass = new MassTesting(host);
        var campaign = await mass.CampaignAsync();
        var (t01, _) = await mass.BatchAsync(campaign, "T01", slips: 20);
        var (t02, _) = await mass.BatchAsync(campaign, "T02", slips: 5);

        var member = SampleRoster.Roster.MembersOf("T01").First();
        var wrong = await mass.ExecuteAsync(mass.Office, MassVerbs.PaperSave, Paper(campaign, "T01", t01, 10, (CampaignEntity.GroupQuestion, new[] { 8, 2, 1, 0 })));
        Assert.Contains("各选项之和不能超过收回票数", Sent.Text(wrong));
        var memberOver = await mass.ExecuteAsync(mass.Office, MassVerbs.PaperSave, Paper(campaign, "T01", t01, 12, (member.Code, new[] { 9, 3, 1, 0 })));
        Assert.Equal("⚠ 各选项之和不能超过收回票数。", ErrorAfter(memberOver, PaperTotals.Field(member.Code, Answer.Satisfied)));
        Assert.Equal(9, (int)Input(memberOver, PaperTotals.Field(member.Code, Answer.Satisfied))["value"]!);
        Assert.DoesNotContain(await host.RowsAsync(CampaignStore.BatchTable), r => r.ContainsKey(nameof(BatchEntity.PaperReturned)));

        await mass.ExecuteAsync(mass.Office, MassVerbs.PaperSave, Paper(campaign, "T01", t01, 12, (CampaignEntity.GroupQuestion, new[] { 8, 2, 1, 1 }), (member.Code, new[] { 6, 3, 1, 2 })));
        var card = await mass.ExecuteAsync(mass.Office, MassVerbs.PaperSave, Paper(campaign, "T02", t02, 7, (CampaignEntity.GroupQuestion, new[] { 7, 0, 0, 0 })));
        Assert.Contains("纸质收回 7 张，多于发出，本批作废", Sent.Text(card));

        var closed = await mass.ExecuteAsync(mass.Office, MassVerbs.CloseConfirm, MassNotice.Data(campaign));
        var results = Sent.Text(closed);
        Assert.Contains("纸质票 12 张（单独统计）：满意 67% · 基本满意 17% · 不满意 8% · 不了解 8% (12)", results);
        Assert.Contains($"纸质票委员满意率：{member.Name} 90%", results);
        Assert.Contains("1 批收回多于发出，已作废。", results);

        var workbook = Sent.Links(closed).Single(l => l.AbsolutePath.EndsWith("/results.xlsx", StringComparison.Ordinal));
        using var xlsx = new MemoryStream(await host.Client.GetByteArrayAsync(workbook.PathAndQuery));
        var row = MiniExcelLibs.MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "评议结果").Cast<IDictionary<string, object>>()
            .Single(r => (string)r["评议对象"] == $"{member.Name}：纸质票（单独统计）");
        Assert.Equal(6, Convert.ToInt32(row["满意"], System.Globalization.CultureInfo.InvariantCulture));

        var figures = await host.Services.GetRequiredService<SupervisionResults>().OfMembersAsync(2026, [member.Code], CancellationToken.None);
        Assert.Equal(new AnswerCounts(6, 3, 1, 2), figures!.Members[member.Code]);
    }

    /// <summary>A batch's paper totals: the ballots returned and each question's four counts (questions not given are 0).</summary>
    private static Dictionary<string, string> Paper(string campaign, string group, string batch, int returned, params (string Question, int[] Counts)[] questions)
    {
        var data = new Dictionary<string, string> { [MassVerbs.Id] = campaign, [MassVerbs.Batch] = batch, [PaperTotals.Returned] = Number(returned) };
        foreach (var q in new[] { CampaignEntity.GroupQuestion }.Concat(SampleRoster.Roster.MembersOf(group).Select(m => m.Code)))
        {
            var counts = questions.FirstOrDefault(x => x.Question == q).Counts ?? [0, 0, 0, 0];
            foreach (var (a, i) in Answers.All.Select((a, i) => (a, i)))
            {
                data[PaperTotals.Field(q, a)] = Number(counts[i]);
            }
        }

        return data;
    }

    private static JsonNode Input(JsonNode card, string id) => card["body"]!.AsArray().Single(e => (string?)e!["id"] == id)!;

    private static string ErrorAfter(JsonNode card, string id)
    {
        var body = card["body"]!.AsArray();
        return (string)body[body.IndexOf(Input(card, id)) + 1]!["text"]!;
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Results_ShowSharesFromKBallots_TooFewBelow_SuggestionsAsPlainText()
    {
        await using var host = await MassTesting.StartAsync();
        var mass = new MassTesting(host);
        var campaign = await mass.CampaignAsync();
        var (_, t01) = await mass.BatchAsync(campaign, "T01", slips: 10);
        var (_, t02) = await mass.BatchAsync(campaign, "T02", slips: 10);
        var answers = new[] { "S", "S", "S", "M", "N" };
        for (var i = 0; i < 5; i++)
        {
            await MassTesting.CastAsync(host.NewClient(), t01[i], MassTesting.Answers("T01", answers[i]), i == 0 ? "请**多**来[村里](http://evil.example)" : null);
        }

        for (var i = 0; i < 4; i++)
        {
            await MassTesting.CastAsync(host.NewClient(), t02[i], MassTesting.Answers("T02", "S"));
        }

        var before = await mass.ExecuteAsync(mass.Office, MassVerbs.Results, MassNotice.Data(campaign));
        Assert.Contains("评议结束后才能查看结果", Sent.Text(before));

        var card = await mass.ExecuteAsync(mass.Office, MassVerbs.CloseConfirm, MassNotice.Data(campaign));
        var text = Sent.Text(card);

        Assert.Contains("发出 10 张，收回 5 票", text);
        Assert.Contains("整体工作：满意 60% · 基本满意 20% · 不满意 20% · 不了解 0% (5)", text);
        Assert.Contains("发出 10 张，收回 4 票", text);
        Assert.Contains("票数过少（少于 5），不显示", text);
        Assert.Contains(@"请\*\*多\*\*来\[村里\]\(http://evil\.example\)", text);
        Assert.DoesNotContain(Sent.Links(card), l => l.Host == "evil.example");
        var workbook = Sent.Links(card).Single(l => l.AbsolutePath.EndsWith("/results.xlsx", StringComparison.Ordinal));
        var download = await host.Client.GetAsync(workbook.PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await host.Client.GetAsync(workbook.PathAndQuery.Replace("sig=", "sig=0", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task AfterACampaign_NoTableAndNoLogLine_HoldsACode_ItsHash_OrTheClientAddress_NextToAnAnswer()
    {
        await using var host = await MassTesting.StartAsync();
        var mass = new MassTesting(host);
        var campaign = await mass.CampaignAsync();
        var (_, codes) = await mass.BatchAsync(campaign, slips: 12);
        var suggestions = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            var suggestion = $"建议第{i}条：加强联系群众";
            suggestions.Add(suggestion);
            await MassTesting.CastAsync(host.NewClient(), codes[i], MassTesting.Answers("T01", "SMNU"[i % 4].ToString()), suggestion);
        }

        await MassTesting.CastAsync(host.NewClient(), codes[0], MassTesting.Answers("T01", "N")); // a replay
        await mass.ExecuteAsync(mass.Office, MassVerbs.CloseConfirm, MassNotice.Data(campaign));

        var c = (await host.Services.GetRequiredService<CampaignStore>().FindAsync(campaign, CancellationToken.None))!;
        var keys = host.Services.GetRequiredService<CampaignKeys>();
        var secrets = codes.SelectMany(code => new[] { code, SlipCodes.Display(code), keys.CodeHash(c, code) }).Append(MassTesting.ClientAddress).ToList();
        var answerRows = new List<string>();
        foreach (var table in host.Services.GetServices<DeclaredTable>().Select(t => t.Name).Distinct())
        {
            foreach (var row in await host.RowsAsync(table))
            {
                var text = string.Join('|', row.Select(p => $"{p.Key}={(p.Value is byte[] b ? Convert.ToBase64String(b) : p.Value)}"));
                Assert.DoesNotContain(MassTesting.ClientAddress, text);
                Assert.DoesNotContain(codes, code => text.Contains(code, StringComparison.OrdinalIgnoreCase));
                if (suggestions.Any(s => text.Contains(s, StringComparison.Ordinal)) || row.ContainsKey("Answers") || row.ContainsKey("Sealed") && row["Sealed"] is not null)
                {
                    answerRows.Add(text);
                }
            }
        }

        Assert.Equal(10, answerRows.Count); // the ballots, and nothing else holds an answer
        Assert.All(answerRows, row => Assert.DoesNotContain(secrets, s => row.Contains(s, StringComparison.OrdinalIgnoreCase)));
        Assert.All(answerRows, row => Assert.DoesNotContain("BatchId", row));
        // Data Protection names a seal's purposes (the campaign and the code's hash) at Trace level, which no deployment
        // logs; from Information up no line holds a secret, and no line at any level holds an answer.
        var lines = host.Logs.Lines.ToList();
        Assert.DoesNotContain(lines, l => !l.StartsWith("Trace", StringComparison.Ordinal) && !l.StartsWith("Debug", StringComparison.Ordinal)
            && secrets.Any(s => l.Contains(s, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(lines, l => suggestions.Any(s => l.Contains(s, StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains(MassTesting.ClientAddress, StringComparison.Ordinal));
    }
}
