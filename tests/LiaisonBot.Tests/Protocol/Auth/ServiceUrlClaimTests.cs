using System.Net;
using LiaisonBot.Conversations;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Protocol.Auth;

/// <summary>
/// The token's <c>serviceurl</c> claim against the activity's <c>serviceUrl</c>, compared as Bot Builder's
/// ChannelValidation does: the whole string, ignoring case, nothing trimmed.
/// </summary>
public sealed class ServiceUrlClaimTests : IAsyncLifetime
{
    private BotHost host = null!;
    private TestUser user = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
        user = TestUser.Of(SampleRoster.Leader, host);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task AClaimWithoutTheTrailingSlash_IsRejected_AndChangesNothing()
    {
        var activity = user.Install();
        var header = host.Fake.Tokens.Header(s => s with { ServiceUrl = activity.ServiceUrl!.TrimEnd('/') });

        var response = await host.PostAsync(activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await host.RowsAsync(ConversationStore.Table));
        Assert.Empty(host.Fake.Requests);
    }

    [Fact]
    public async Task AClaimDifferingOnlyInCase_IsAccepted()
    {
        var activity = user.Install();
        var header = host.Fake.Tokens.Header(s => s with { ServiceUrl = activity.ServiceUrl!.ToUpperInvariant() });

        var response = await host.PostAsync(activity, header);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
