using LiaisonBot.App;
using LiaisonBot.Features.Reports;
using LiaisonBot.Features.Roster;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.App;

/// <summary>What the app itself answers, through the real pipeline: refusals that say whom to ask, help and welcome that fit the chat.</summary>
public sealed class AppFlowTests(SharedBotHost<AppFlowTests> bot) : IClassFixture<SharedBotHost<AppFlowTests>>, ISharedBotHost
{
    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
        return host;
    }

    [Theory]
    [InlineData("zh-CN", "只有办公室可以进行此操作。如有疑问，请联系办公室：")]
    [InlineData("en-US", "Only Secretariat can do this. If you think you should, please ask the secretariat: ")]
    public async Task ARefusal_NamesTheSecretariatToContact(string locale, string says)
    {
        var host = bot.ForNextTest();
        var member = TestUser.Of(SampleRoster.Member, host, locale);
        var office = SampleRoster.Secretariat;

        var card = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(member.Execute(ReportVerbs.All))));

        Assert.Contains(says + office.Name + " " + office.Email, card);
    }

    [Fact]
    public async Task TheWelcomeInAPersonalChat_OffersNoCommandThatOnlyWorksInAChannel()
    {
        var host = bot.ForNextTest();
        var catalog = host.Services.GetRequiredService<CommandCatalog>();
        var leader = TestUser.Of(SampleRoster.Leader, host);

        await host.PostAsync(leader.Install());

        var verbs = Sent.Verbs(Sent.Card(Sent.Messages(host.Fake, leader).Last()));
        Assert.Contains("linkgroup", catalog.All.Where(c => c.Scope == CommandScope.Channel).Select(c => c.Verb));
        Assert.All(verbs, v => Assert.NotEqual(CommandScope.Channel, catalog.All.Single(c => c.Verb == v).Scope));
        Assert.Contains(ReportVerbs.Report, verbs);
    }

    [Fact]
    public async Task InEnglish_TheGroupKindHasPlainBrackets_AndMyInfoIsNamedInWords_WhileWhoamiStillWorks()
    {
        var host = bot.ForNextTest();
        var member = TestUser.Of(SampleRoster.Member, host, "en-US");

        await host.PostAsync(member.Message("whoami"));
        await host.PostAsync(member.Message("my info"));
        await host.PostAsync(member.Message("help"));

        var cards = Sent.Messages(host.Fake, member).Select(m => Sent.Text(Sent.Card(m))).ToList();
        Assert.Equal(cards[0], cards[1]);
        Assert.Contains("(Township)", cards[0]);
        Assert.DoesNotContain("（", cards[0]);
        Assert.Contains("my info", cards[2]);
        Assert.DoesNotContain("whoami", cards[2]);
        Assert.Equal(RosterCommands.WhoAmI, Sent.Verbs(Sent.Card(Sent.Messages(host.Fake, member)[2])).First(v => v == RosterCommands.WhoAmI));
    }
}
