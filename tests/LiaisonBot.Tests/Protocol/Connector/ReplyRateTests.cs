using System.Net;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Protocol.Connector;

/// <summary>Direct replies keep to the Teams per-conversation windows, as the outbox does: a fast user meets no 429.</summary>
public sealed class ReplyRateTests : IAsyncLifetime
{
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
        host.Fake.EnforceLimits(TeamsLimits.Published with { PerApp = null });
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task AUserTypingFast_GetsEveryReply_WithoutBreakingTheConversationWindows()
    {
        var user = TestUser.Of(SampleRoster.Leader, host);
        await host.PostAsync(user.Message("help"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 15).Select(i => host.PostAsync(user.Message($"help {i}"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Empty(host.Fake.Violations);
        Assert.Equal(16, host.Fake.CountByConversation(HttpStatusCode.Created)[user.ConversationId]);
    }

    [Fact]
    public async Task RepliesAndOutboxSendsIntoOneChat_ShareItsWindows()
    {
        var user = TestUser.Of(SampleRoster.Leader, host);
        var notice = new Activity { Type = ActivityTypes.Message, Text = "通知" };
        var recipients = Enumerable.Range(0, 8).Select(i => new OutboxRecipient($"N{i}", user.ServiceUrl, user.ConversationId, "zh-CN")).ToList();
        var job = new OutboxJob("shared-" + Guid.NewGuid().ToString("N")[..6], DeliveryKind.Send, new Dictionary<string, Activity> { ["zh-CN"] = notice }, recipients);

        await host.Services.GetRequiredService<LiaisonBot.Outbox.Outbox>().EnqueueAsync(job, CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => host.PostAsync(user.Message($"help {i}"))));

        await Eventually.HoldsAsync(() => host.Fake.CountByConversation(HttpStatusCode.Created).GetValueOrDefault(user.ConversationId) == 16, "8 replies and 8 notices posted");
        Assert.Empty(host.Fake.Violations);
    }
}
