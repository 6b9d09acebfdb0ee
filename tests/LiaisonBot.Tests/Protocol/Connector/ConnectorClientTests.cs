using System.Text.Json;
using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;

namespace LiaisonBot.Tests.Protocol.Connector;

public sealed class ConnectorClientTests : ConnectorTestHost
{
    private const string ThreadId = "19:d4e5f6@thread.tacv2;messageid=1575667808184";
    private const string ThreadIdEscaped = "19%3Ad4e5f6%40thread.tacv2%3Bmessageid%3D1575667808184";
    private const string UserId = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zutE4INrxs";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Send_EscapesConversationIdAndJoinsServiceUrlWithOrWithoutSlash(bool trailingSlash)
    {
        var serviceUrl = trailingSlash ? Fake.ServiceUrl : Fake.ServiceUrl.TrimEnd('/');

        var response = await Client().SendAsync(serviceUrl, ThreadId, Message("hello"));

        var request = Assert.Single(Fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/connector/v3/conversations/{ThreadIdEscaped}/activities", request.RawTarget);
        Assert.Equal(ThreadId, request.ConversationId);
        Assert.Equal("hello", request.BodyAs<Activity>()!.Text);
        Assert.False(string.IsNullOrEmpty(response.Id));
    }

    [Fact]
    public async Task Send_WritesCamelCaseJsonWithoutNulls()
    {
        await Client().SendAsync(Fake.ServiceUrl, "a:1", Message("你好") with { TextFormat = "markdown" });

        var body = Assert.Single(Fake.Requests).Body!.AsObject();
        Assert.Equal(["type", "text", "textFormat"], body.Select(p => p.Key));
        Assert.Equal("你好", (string?)body["text"]);
    }

    [Fact]
    public async Task Reply_PostsToTheActivityItAnswers()
    {
        await Client().ReplyAsync(Fake.ServiceUrl, ThreadId, "1575667808184", Message("reply"));

        var request = Assert.Single(Fake.Requests);
        Assert.Equal(("POST", "1575667808184"), (request.Method, request.ActivityId));
        Assert.Equal($"/connector/v3/conversations/{ThreadIdEscaped}/activities/1575667808184", request.RawTarget);
    }

    [Fact]
    public async Task ActivityIds_AreIncreasingNumbers()
    {
        var client = Client();

        var first = await client.SendAsync(Fake.ServiceUrl, "a:1", Message("one"));
        var second = await client.SendAsync(Fake.ServiceUrl, "a:1", Message("two"));

        Assert.True(long.Parse(second.Id!) > long.Parse(first.Id!));
    }

    [Fact]
    public async Task Update_PutsTheNewActivity()
    {
        var response = await Client().UpdateAsync(Fake.ServiceUrl, "a:1", "42", Message("edited"));

        var request = Assert.Single(Fake.Requests);
        Assert.Equal(("PUT", "/connector/v3/conversations/a%3A1/activities/42"), (request.Method, request.RawTarget));
        Assert.Equal("edited", request.BodyAs<Activity>()!.Text);
        Assert.Equal("42", response.Id);
    }

    [Fact]
    public async Task Delete_SendsNoBody()
    {
        await Client().DeleteAsync(Fake.ServiceUrl, "a:1", "42");

        var request = Assert.Single(Fake.Requests);
        Assert.Equal(("DELETE", "/connector/v3/conversations/a%3A1/activities/42"), (request.Method, request.RawTarget));
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task CreateConversation_ForOneUser_ReturnsTheNewConversationId()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:" + Fake.AppId },
            Members = [new ChannelAccount { Id = UserId }],
            TenantId = "tenant-1",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo("tenant-1") },
        };

        var created = await Client().CreateConversationAsync(Fake.ServiceUrl, parameters);

        var request = Assert.Single(Fake.Requests);
        Assert.Equal(("POST", "/connector/v3/conversations"), (request.Method, request.RawTarget));
        Assert.Equal(UserId, request.BodyAs<ConversationParameters>()!.Members![0].Id);
        Assert.Equal("tenant-1", (string?)request.Body!["channelData"]!["tenant"]!["id"]);
        Assert.StartsWith("a:", created.Id);
    }

    [Fact]
    public async Task CreateConversation_InAChannel_StartsAThread()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            ChannelData = new TeamsChannelData { Channel = new ChannelInfo("19:general@thread.tacv2") },
            Activity = Message("new thread"),
        };

        var created = await Client().CreateConversationAsync(Fake.ServiceUrl, parameters);

        Assert.Equal($"19:general@thread.tacv2;messageid={created.ActivityId}", created.Id);
    }

    [Fact]
    public async Task GetMember_EscapesUserIdAndKeepsUnknownFields()
    {
        Fake.AddMember(new TeamsChannelAccount
        {
            Id = UserId,
            Name = "李雷",
            AadObjectId = "6f1b2c3d-0000-4000-8000-000000000001",
            UserPrincipalName = "lilei@contoso.com",
            TenantId = "tenant-1",
            UserRole = "user",
            Rest = new() { ["objectId"] = JsonSerializer.SerializeToElement("6f1b2c3d-0000-4000-8000-000000000001") },
        });

        var member = await Client().GetMemberAsync(Fake.ServiceUrl, ThreadId, UserId);

        Assert.Equal(("李雷", "lilei@contoso.com", "user"), (member.Name, member.UserPrincipalName, member.UserRole));
        Assert.True(member.Rest!.ContainsKey("objectId"));
        var request = Assert.Single(Fake.Requests);
        Assert.Equal($"/connector/v3/conversations/{ThreadIdEscaped}/members/{Uri.EscapeDataString(UserId)}", request.RawTarget);
        Assert.Equal(UserId, request.UserId);
    }

    [Fact]
    public async Task GetPagedMembers_PagesWithTheContinuationToken()
    {
        foreach (var n in Enumerable.Range(1, 5))
        {
            Fake.AddMember(new TeamsChannelAccount { Id = $"29:user-{n}" }, "19:team@thread.tacv2");
        }

        var client = Client();

        var ids = new List<string?>();
        string? token = null;
        do
        {
            var page = await client.GetPagedMembersAsync(Fake.ServiceUrl, "19:team@thread.tacv2", pageSize: 2, continuationToken: token);
            ids.AddRange(page.Members.Select(m => m.Id));
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"29:user-{n}"), ids);
        Assert.Equal("/connector/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=2", Fake.Requests[0].RawTarget);
        Assert.Equal("/connector/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=2&continuationToken=2", Fake.Requests[1].RawTarget);
    }

    [Fact]
    public async Task EmptyId_IsRejectedBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client().SendAsync(Fake.ServiceUrl, "", Message("x")));

        Assert.Empty(Fake.Requests);
    }
}
