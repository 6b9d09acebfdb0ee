using LiaisonBot.Features.Scoring;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Scoring;

/// <summary>Before the first round: nobody is sent round in circles.</summary>
public sealed class ScoringNoRoundTests(SharedBotHost<ScoringNoRoundTests> bot) : IClassFixture<SharedBotHost<ScoringNoRoundTests>>, ISharedBotHost
{
    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync(ScoringTesting.Settings());
        await host.ImportRosterAsync();
        return host;
    }

    [Fact]
    public async Task NoRoundYet_SaysWhenOneComes_AndOffersNoScoringButtonThatWouldShowTheSameCard()
    {
        var host = bot.ForNextTest();
        var scorer = TestUser.Of(SampleRoster.Leader, host);

        var card = await Sent.InvokeCardAsync(await host.PostAsync(scorer.Execute(ScoringVerbs.Home)));

        Assert.Contains("目前没有测评", Sent.Text(card));
        Assert.Contains("办公室发起测评后", Sent.Text(card));
        Assert.DoesNotContain(ScoringVerbs.Home, Sent.Verbs(card));
        Assert.DoesNotContain(ScoringVerbs.Mine, Sent.Verbs(card));
    }
}
