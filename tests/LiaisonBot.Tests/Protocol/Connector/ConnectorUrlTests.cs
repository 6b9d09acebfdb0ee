using LiaisonBot.Protocol.Connector;

namespace LiaisonBot.Tests.Protocol.Connector;

public sealed class ConnectorUrlTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    [InlineData("https://smba.trafficmanager.net/amer//")]
    public void Build_JoinsServiceUrlWithOrWithoutTrailingSlash(string serviceUrl)
    {
        const string Id = "a:1qhNLq";
        var url = ConnectorUrl.Build(serviceUrl, $"v3/conversations/{Id}/activities");

        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1qhNLq/activities", url.AbsoluteUri);
    }

    [Fact]
    public void Build_EscapesEveryIdButNotTheLiterals()
    {
        const string Conversation = "19:abc@thread.tacv2;messageid=1575667808184";
        const string User = "lilei@contoso.com";
        var url = ConnectorUrl.Build("http://localhost:56150/_connector", $"v3/conversations/{Conversation}/members/{User}");

        Assert.Equal(
            "/_connector/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1575667808184/members/lilei%40contoso.com",
            url.PathAndQuery);
    }

    [Fact]
    public void Build_EscapesQueryValuesAndSkipsNullOnes()
    {
        var url = ConnectorUrl.Build("https://x/", $"v3/conversations/{"a:1"}/pagedmembers", ("pageSize", null), ("continuationToken", "a+b/c=="));

        Assert.Equal("/v3/conversations/a%3A1/pagedmembers?continuationToken=a%2Bb%2Fc%3D%3D", url.PathAndQuery);
    }

    [Theory]
    [InlineData("")]
    [InlineData("smba.trafficmanager.net/amer")]
    [InlineData("ftp://x/")]
    public void Build_RejectsAServiceUrlThatIsNotHttp(string serviceUrl) =>
        Assert.Throws<ArgumentException>(() => ConnectorUrl.Build(serviceUrl, $"v3/conversations"));
}
