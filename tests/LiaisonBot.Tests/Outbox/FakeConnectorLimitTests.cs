using System.Net;
using System.Net.Http.Json;
using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;
using LiaisonBot.Tests.Protocol.Connector;

namespace LiaisonBot.Tests.Outbox;

/// <summary>The fake's limit policing is the oracle of the outbox tests and benchmark, so it is tested too.</summary>
[Collection(TimingSensitive.Name)]
public sealed class FakeConnectorLimitTests : ConnectorTestHost
{
    [Fact]
    public async Task EighthSendIntoAConversationWithinOneSecond_IsThrottledAndCounted()
    {
        Fake.EnforceLimits(TeamsLimits.Published);
        // Plain requests: the bot's own client waits for room in the conversation's windows and would never send the 8th.
        using var http = new HttpClient();
        var url = Fake.ServiceUrl + "v3/conversations/" + Uri.EscapeDataString("a:busy") + "/activities";

        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync(url, Message("hi"), BotJson.Options)).StatusCode);
        }

        var eighth = await http.PostAsJsonAsync(url, Message("hi"), BotJson.Options);

        Assert.Equal(HttpStatusCode.TooManyRequests, eighth.StatusCode);
        var violation = Assert.Single(Fake.Violations, v => v.Kind == "conversation");
        Assert.Equal("a:busy", violation.ConversationId);
    }

    [Fact]
    public async Task CallIntoAThrottledConversationDuringItsRetryAfter_IsAViolation_OneIntoAnotherIsNot()
    {
        Fake.EnforceLimits(TeamsLimits.Published with { RetryAfterGrace = TimeSpan.FromMilliseconds(50) });
        Fake.FailNext(1, ConnectorFault.Throttled(TimeSpan.FromSeconds(2)));
        var client = Client(retry: o => o.MaxRetries = 0);

        await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Fake.ServiceUrl, "a:1", Message("hi")));
        await Task.Delay(200);
        await client.SendAsync(Fake.ServiceUrl, "a:2", Message("hi"));
        await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Fake.ServiceUrl, "a:1", Message("hi")));

        Assert.All(Fake.RetryAfterWindows, w => Assert.Equal("a:1", w.ConversationId));
        var violation = Assert.Single(Fake.Violations);
        Assert.Equal(("retry-after", "a:1"), (violation.Kind, violation.ConversationId));
    }

    [Fact]
    public async Task ConversationLimit429_HoldsThatConversationOnly()
    {
        Fake.EnforceLimits(TeamsLimits.Published);
        using var http = new HttpClient();
        string Url(string conversation) => Fake.ServiceUrl + "v3/conversations/" + Uri.EscapeDataString(conversation) + "/activities";
        for (var i = 0; i < 8; i++)
        {
            await http.PostAsJsonAsync(Url("a:busy"), Message("hi"), BotJson.Options);
        }

        await Task.Delay(200);
        var other = await http.PostAsJsonAsync(Url("a:other"), Message("hi"), BotJson.Options);
        var again = await http.PostAsJsonAsync(Url("a:busy"), Message("hi"), BotJson.Options);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.TooManyRequests), (other.StatusCode, again.StatusCode));
        Assert.Equal("a:busy", Fake.RetryAfterWindows[0].ConversationId);
        Assert.Equal([("conversation", "a:busy"), ("retry-after", "a:busy")], Fake.Violations.Select(v => (v.Kind, v.ConversationId)));
    }

    [Fact]
    public async Task AppLimit429_HoldsEveryConversation()
    {
        Fake.EnforceLimits(TeamsLimits.Published with { PerApp = (5, TimeSpan.FromSeconds(1)), RetryAfterGrace = TimeSpan.FromMilliseconds(50) });
        var client = Client(retry: o => o.MaxRetries = 0);
        for (var i = 0; i < 6; i++)
        {
            await client.SendAsync(Fake.ServiceUrl, $"a:{i}", Message("hi")).ContinueWith(_ => { });
        }

        await Task.Delay(200);
        await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Fake.ServiceUrl, "a:new", Message("hi")));

        Assert.Null(Fake.RetryAfterWindows[0].ConversationId);
        Assert.Equal([("app", "a:5"), ("retry-after", "a:new")], Fake.Violations.Select(v => (v.Kind, v.ConversationId)));
    }

    [Fact]
    public async Task AppLimit_CountsEveryConversation()
    {
        Fake.EnforceLimits(TeamsLimits.Published with { PerApp = (5, TimeSpan.FromSeconds(1)) });
        var client = Client(retry: o => o.MaxRetries = 0);

        for (var i = 0; i < 6; i++)
        {
            await client.SendAsync(Fake.ServiceUrl, $"a:{i}", Message("hi")).ContinueWith(_ => { });
        }

        Assert.Equal("app", Assert.Single(Fake.Violations).Kind);
    }

    [Fact]
    public async Task RandomFaults_AtSeveralRates_AreDrawnOncePerRequest()
    {
        Fake.FailAtRates(3, (0.2, ConnectorFault.Unavailable), (0.2, ConnectorFault.Throttled()));
        var client = Client(retry: o => o.MaxRetries = 0);

        for (var i = 0; i < 400; i++)
        {
            await client.SendAsync(Fake.ServiceUrl, $"a:{i}", new Activity { Type = ActivityTypes.Message, Text = "x" }).ContinueWith(_ => { });
        }

        Assert.InRange(Fake.Requests.Count(r => r.Status == 503), 50, 110);
        Assert.InRange(Fake.Requests.Count(r => r.Status == 429), 50, 110);
        Assert.InRange(Fake.Requests.Count(r => r.Status == 201), 200, 290);
    }
}
