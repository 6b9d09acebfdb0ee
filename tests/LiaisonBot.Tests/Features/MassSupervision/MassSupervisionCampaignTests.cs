using LiaisonBot.Features.MassSupervision;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Features.MassSupervision.Batches;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.MassSupervision;

/// <summary>The secretariat's side: the campaign form, the role check, and batches whose codes are stored only as keyed hashes.</summary>
public sealed class MassSupervisionCampaignTests(SharedBotHost<MassSupervisionCampaignTests> shared)
    : IClassFixture<SharedBotHost<MassSupervisionCampaignTests>>, ISharedBotHost
{
    private static readonly string[] Tables = [CampaignStore.Table, CampaignStore.BatchTable, CodeStore.Table, BallotStore.Table];

    private readonly MassTesting mass = new(shared.ForNextTest());

    public static Task<BotHost> StartAsync() => MassTesting.StartAsync();

    [Fact]
    public async Task TheForm_WithBadInput_ComesBackWithTheMessageBesideEachField_InputKept_NothingStored()
    {
        var before = await mass.Host.SnapshotAsync(Tables);
        var fields = MassTesting.CampaignFields(mass.Today, mass.Today.AddDays(-3), title: new string('长', 120));
        fields[CampaignForm.Year] = "1999";

        var card = await mass.ExecuteAsync(mass.Office, MassVerbs.Create, new Dictionary<string, string>(fields) { [MassVerbs.Id] = Guid.NewGuid().ToString("N") });

        var text = Sent.Text(card);
        Assert.Contains("最多 100 字（现为 120 字）", text);
        Assert.Contains("截止日期不能早于今天", text);
        Assert.Contains(new string('长', 120), text);
        Assert.Equal(before, await mass.Host.SnapshotAsync(Tables));
    }

    [Theory]
    [InlineData(Who.Member)]
    [InlineData(Who.Leader)]
    [InlineData(Who.StandingCommittee)]
    [InlineData(Who.Stranger)]
    public async Task OnlyTheSecretariat_MakesCampaignsAndBatches_WhateverTheCardSays(Who who)
    {
        var campaign = await mass.CampaignAsync();
        var before = await mass.Host.SnapshotAsync(Tables);
        var user = who.User(mass.Host);

        var create = await mass.ExecuteAsync(user, MassVerbs.Create,
            new Dictionary<string, string>(MassTesting.CampaignFields(mass.Today, mass.Today.AddDays(5))) { [MassVerbs.Id] = Guid.NewGuid().ToString("N") });
        var batch = await mass.ExecuteAsync(user, MassVerbs.AddBatch, new Dictionary<string, string>
        {
            [MassVerbs.Id] = campaign,
            [MassVerbs.Batch] = Guid.NewGuid().ToString("N"),
            [CreateBatch.Group] = "T01",
            [CreateBatch.Label] = "x",
            [CreateBatch.Slips] = "5",
        });
        var close = await mass.ExecuteAsync(user, MassVerbs.CloseConfirm, new Dictionary<string, string> { [MassVerbs.Id] = campaign });

        foreach (var card in new[] { create, batch, close })
        {
            Assert.DoesNotContain("批次", Sent.Text(card));
        }

        Assert.Equal(before, await mass.Host.SnapshotAsync(Tables));
    }

    [Fact]
    public async Task ABatch_StoresOnlyKeyedHashesOfItsCodes_NoPlainCodeAnywhereInTheTables()
    {
        var campaign = await mass.CampaignAsync();
        var (batchId, codes) = await mass.BatchAsync(campaign, slips: 40);

        Assert.Equal(40, codes.Count);
        Assert.All(codes, c => Assert.Matches("^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{10}$", c));
        var rows = (await mass.Host.RowsAsync(CodeStore.Table)).Where(r => r.PartitionKey == campaign).ToList();
        Assert.Equal(40, rows.Count);
        Assert.All(rows, r => Assert.Matches("^[0-9a-f]{64}$", r.RowKey));
        Assert.All(rows, r => Assert.Equal(batchId, r.GetString("BatchId")));

        var dump = await DumpAsync();
        foreach (var code in codes)
        {
            Assert.DoesNotContain(code, dump, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(SlipCodes.Display(code), dump, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(mass.Host.Logs.Lines, l => codes.Any(c => l.Contains(c, StringComparison.OrdinalIgnoreCase)));
        var card = await mass.ExecuteAsync(mass.Office, MassVerbs.View, new Dictionary<string, string> { [MassVerbs.Id] = campaign });
        Assert.Contains("已用 0 / 40 张", Sent.Text(card));
        var slips = Sent.Links(card).Single(l => l.AbsolutePath.EndsWith("/slips.pdf", StringComparison.Ordinal));
        var pdf = await mass.Host.Client.GetAsync(slips.PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4]);
        var forged = await mass.Host.Client.GetAsync(slips.PathAndQuery.Replace("sig=", "sig=0", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, forged.StatusCode);

        await mass.ExecuteAsync(mass.Office, MassVerbs.VoidConfirm, MassNotice.Data(campaign, batchId));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await mass.Host.Client.GetAsync(slips.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task ABatchForm_WithTooManySlips_ComesBackWithTheMessage_NothingStored()
    {
        var campaign = await mass.CampaignAsync();
        var before = await mass.Host.SnapshotAsync(Tables);

        var card = await mass.ExecuteAsync(mass.Office, MassVerbs.AddBatch, new Dictionary<string, string>
        {
            [MassVerbs.Id] = campaign,
            [MassVerbs.Batch] = Guid.NewGuid().ToString("N"),
            [CreateBatch.Group] = "T01",
            [CreateBatch.Label] = "座谈会",
            [CreateBatch.Slips] = "201",
        });

        Assert.Contains("请填写 1 到 200 之间的整数", Sent.Text(card));
        Assert.Contains("座谈会", Sent.Text(card));
        Assert.Equal(before, await mass.Host.SnapshotAsync(Tables));
    }

    private async Task<string> DumpAsync()
    {
        var all = new List<string>();
        foreach (var table in Tables)
        {
            all.AddRange((await mass.Host.RowsAsync(table)).Select(r => string.Join('|', r.Select(p => $"{p.Key}={p.Value switch
            {
                byte[] b => Convert.ToBase64String(b) + "/" + System.Text.Encoding.Latin1.GetString(b),
                _ => p.Value,
            }}"))));
        }

        return string.Join('\n', all);
    }
}
