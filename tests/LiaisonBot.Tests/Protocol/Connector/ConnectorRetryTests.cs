using System.Diagnostics;
using System.Net;
using LiaisonBot.Protocol.Connector;
using LiaisonBot.Tests.Fakes;

namespace LiaisonBot.Tests.Protocol.Connector;

public sealed class ConnectorRetryTests : ConnectorTestHost
{
    [Fact]
    public async Task Throttled_WaitsForRetryAfterThenSucceeds()
    {
        Fake.FailNext(1, ConnectorFault.Throttled(TimeSpan.FromSeconds(1)));
        var clock = Stopwatch.StartNew();

        var response = await Client().SendAsync(Fake.ServiceUrl, "a:1", Message("hi"));

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed}, before Retry-After");
        Assert.Equal([429, 201], Fake.Requests.Select(r => r.Status));
        Assert.NotNull(response.Id);
    }

    [Fact]
    public async Task RetryAfterLongerThanMaxRetryAfter_IsNotWaitedOut()
    {
        Fake.FailNext(1, ConnectorFault.Throttled(TimeSpan.FromSeconds(120)));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Fake.ServiceUrl, "a:1", Message("hi")));

        Assert.Equal((HttpStatusCode.TooManyRequests, "Throttled"), (error.StatusCode, error.ErrorCode));
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Single(Fake.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task TransientFailure_IsRetriedThenSucceeds(HttpStatusCode status)
    {
        Fake.FailNext(2, new ConnectorFault(status));

        await Client().SendAsync(Fake.ServiceUrl, "a:1", Message("hi"));

        Assert.Equal([(int)status, (int)status, 201], Fake.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task Retries_AreBounded()
    {
        Fake.FailNext(10, ConnectorFault.Unavailable);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Fake.ServiceUrl, "a:1", Message("hi")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, Fake.Requests.Count); // the first attempt and MaxRetries = 3
    }

    [Fact]
    public async Task MaxRetriesZero_TriesOnce()
    {
        Fake.FailNext(10, ConnectorFault.Unavailable);

        await Assert.ThrowsAsync<ConnectorException>(() => Client(retry: o => o.MaxRetries = 0).SendAsync(Fake.ServiceUrl, "a:1", Message("hi")));

        Assert.Single(Fake.Requests);
    }

    [Fact]
    public async Task BlockedByUser_IsNotRetriedAndCarriesTheTeamsCode()
    {
        Fake.FailConversation("a:blocked", ConnectorFault.Blocked);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Fake.ServiceUrl, "a:blocked", Message("hi")));

        Assert.Equal((HttpStatusCode.Forbidden, "ConversationBlockedByUser"), (error.StatusCode, error.ErrorCode));
        Assert.False(string.IsNullOrEmpty(error.OperationId));
        Assert.Null(error.RetryAfter);
        Assert.DoesNotContain("fake-bot-token", error.ToString());
        Assert.Single(Fake.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task NonTransientFailure_IsNotRetried(HttpStatusCode status)
    {
        Fake.FailNext(1, new ConnectorFault(status, "SomeCode"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().UpdateAsync(Fake.ServiceUrl, "a:1", "42", Message("hi")));

        Assert.Equal((status, "SomeCode"), (error.StatusCode, error.ErrorCode));
        Assert.Single(Fake.Requests);
    }

    [Fact]
    public async Task ErrorWithoutBody_HasNoCode()
    {
        Fake.FailNext(1, new ConnectorFault(HttpStatusCode.NotFound));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().DeleteAsync(Fake.ServiceUrl, "a:1", "42"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Null(error.ErrorCode);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task GatewayFailure_OnPost_IsNotRetriedBecauseTheMessageMayHaveBeenPosted(HttpStatusCode status)
    {
        Fake.FailNext(1, new ConnectorFault(status));

        await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Fake.ServiceUrl, "a:1", Message("hi")));

        Assert.Single(Fake.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task GatewayFailure_OnPutAndGet_IsRetried(HttpStatusCode status)
    {
        Fake.AddMember(new TeamsChannelAccount { Id = "29:u" });
        var client = Client();

        Fake.FailNext(1, new ConnectorFault(status));
        await client.UpdateAsync(Fake.ServiceUrl, "a:1", "42", Message("hi"));
        Fake.FailNext(1, new ConnectorFault(status));
        await client.GetMemberAsync(Fake.ServiceUrl, "a:1", "29:u");

        Assert.Equal([(int)status, 200, (int)status, 200], Fake.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task UnknownMember_IsA404WithCode()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().GetMemberAsync(Fake.ServiceUrl, "a:1", "29:nobody"));

        Assert.Equal((HttpStatusCode.NotFound, "MemberNotFoundInConversation"), (error.StatusCode, error.ErrorCode));
    }

    [Fact]
    public async Task RandomFaults_AreSurvivedByRetrying()
    {
        Fake.FailAtRate(0.3, ConnectorFault.Throttled(), seed: 7);
        var client = Client(retry: o => o.MaxRetries = 10);

        foreach (var n in Enumerable.Range(1, 10))
        {
            await client.SendAsync(Fake.ServiceUrl, $"a:{n}", Message("hi"));
        }

        Assert.Equal(10, Fake.Requests.Count(r => r.Status == 201));
        Assert.Contains(Fake.Requests, r => r.Status == 429);
    }
}
