using LiaisonBot.Features.Plans;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Plans.Import;

/// <summary>A plan workbook attached in the chat: downloaded from an allowed host, read, imported, answered with a card.</summary>
public sealed class PlanUploadTests : IAsyncLifetime
{
    private static readonly byte[] Template = File.ReadAllBytes(RepoTools.PathOf("samples", "plans-2027.xlsx"));

    private BotHost host = null!;
    private TestUser office = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(new Dictionary<string, string?>(PlanTesting.Settings(PlanTesting.FutureYear))
        {
            ["Uploads:DownloadHosts:0"] = "127.0.0.1",
            ["Uploads:MaxFileBytes"] = "1000000",
        });
        await host.ImportRosterAsync();
        office = TestUser.Of(SampleRoster.Secretariat, host);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TheTemplate_IsImported_AndAttachingItAgainChangesNothing()
    {
        var first = await AttachAsync(office, "2027年度计划.xlsx", host.Fake.AddFile(Template));

        Assert.Contains("导入成功", first);
        Assert.Contains("联络组\n24", first);
        Assert.Contains("发布后委员才会收到计划", first);
        Assert.Equal(24, (await host.RowsAsync(PlanStore.PlansTable)).Count);
        Assert.All(await host.RowsAsync(PlanStore.PlansTable), p => Assert.Equal("Draft", p.GetString("State")));
        var tasks = (await host.RowsAsync(PlanStore.TasksTable)).Count;
        Assert.True(tasks >= 72, $"{tasks} tasks");

        Assert.Contains("没有变化", await AttachAsync(office, "2027年度计划.xlsx", host.Fake.AddFile(Template)));
    }

    [Fact]
    public async Task OnlyTheSecretariat_LoadsPlans()
    {
        var leader = TestUser.Of(SampleRoster.Leader, host);

        Assert.Contains("只有办公室可以在这里导入文件", await AttachAsync(leader, "plans.xlsx", host.Fake.AddFile(Template)));
        Assert.Empty(await host.RowsAsync(PlanStore.PlansTable));
    }

    [Fact]
    public async Task AFileFromAnotherHost_IsNotDownloaded()
    {
        var card = await AttachAsync(office, "plans.xlsx", new Uri("https://files.elsewhere.example.com/plans.xlsx"));

        Assert.Contains("无法从该位置下载文件", card);
        Assert.Empty(await host.RowsAsync(PlanStore.PlansTable));
    }

    [Fact]
    public async Task ANonSpreadsheet_OrAnOversizedFile_IsRefused_AndNothingChanges()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

        Assert.Contains("未导入任何内容", await AttachAsync(office, "plans.xlsx", host.Fake.AddFile(png)));
        Assert.Contains("文件超过 976 KB", await AttachAsync(office, "plans.xlsx", host.Fake.AddFile(new byte[1_000_001])));
        Assert.Empty(await host.RowsAsync(PlanStore.PlansTable));
        Assert.Empty(await host.RowsAsync(PlanStore.TasksTable));
    }

    [Fact]
    public async Task ThePlansCard_LinksTheTemplate_WhichTheBotServes()
    {
        var card = await Sent.InvokeCardAsync(await host.PostAsync(office.Execute(PlanVerbs.Plans)));
        var link = Sent.Links(card).Single().AbsoluteUri;

        Assert.EndsWith("/plans/template.xlsx", link);
        Assert.Equal(Template, await host.Client.GetByteArrayAsync(new Uri(link).PathAndQuery));
    }

    private async Task<string> AttachAsync(TestUser user, string name, Uri url)
    {
        host.Fake.ClearRequests();
        var response = await host.PostAsync(user.Attach(name, url));
        Assert.Equal(200, (int)response.StatusCode);
        return Sent.Text(Sent.Card(Sent.Messages(host.Fake, user).Single()));
    }
}
