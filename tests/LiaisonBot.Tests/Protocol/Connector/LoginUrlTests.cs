using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Protocol.Connector;

/// <summary>
/// Where outbound tokens come from: MSAL talks to an authority only over https, so a plain http login URL is refused at
/// start even on loopback (unlike the metadata URL), and the README says so.
/// </summary>
public sealed class LoginUrlTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5999/botframework.com")]
    [InlineData("http://localhost:5999/botframework.com")]
    [InlineData("http://login.example.com/botframework.com")]
    public async Task AnHttpLoginUrl_RefusesToStart_SayingHttpsIsNeededEvenOnLoopback(string url)
    {
        var failure = await StartupFailure.OfAsync("Testing", new Dictionary<string, string?> { ["ToChannelFromBotLoginUrl"] = url });

        Assert.Contains("ToChannelFromBotLoginUrl", failure.Message);
        Assert.Contains("even on a loopback host", failure.Message);
    }

    [Fact]
    public void TheReadme_StatesTheSameRule()
    {
        var readme = File.ReadAllText(RepoTools.PathOf("README.md"));

        Assert.Contains("`ToChannelFromBotLoginUrl` must be https even on loopback", readme);
        Assert.DoesNotContain("An `http://` metadata or login URL is refused unless its host is loopback", readme);
    }
}
