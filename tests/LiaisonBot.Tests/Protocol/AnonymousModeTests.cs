using System.Net;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Tests.Protocol;

/// <summary>Without an app id the bot takes unauthenticated requests (the Agents Playground), but only in Development.</summary>
public sealed class AnonymousModeTests
{
    [Fact]
    public void WithoutAppId_OutsideDevelopment_TheBotRefusesToStart()
    {
        using var factory = Anonymous("Production");

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("MicrosoftAppId is not set", error.Message);
    }

    [Fact]
    public async Task WithoutAppId_InDevelopment_RequestsWithoutTokenAreAccepted_AndOnesWithATokenAreNot()
    {
        await using var factory = Anonymous("Development");
        using var client = factory.CreateClient();
        var activity = """{"type":"typing","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/_connector","conversation":{"id":"a:1"},"from":{"id":"29:x"}}""";

        var without = await client.PostAsync(BotEndpoint.Path, new StringContent(activity, System.Text.Encoding.UTF8, "application/json"));
        using var withToken = new HttpRequestMessage(HttpMethod.Post, BotEndpoint.Path) { Content = new StringContent(activity, System.Text.Encoding.UTF8, "application/json") };
        withToken.Headers.TryAddWithoutValidation("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.");
        var with = await client.SendAsync(withToken);

        Assert.Equal(HttpStatusCode.OK, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, with.StatusCode);
    }

    private static WebApplicationFactory<Program> Anonymous(string environment) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            web.UseSetting("MicrosoftAppId", "");
            foreach (var (key, value) in TestStorage.Settings(TestStorage.NewPrefix()))
            {
                web.UseSetting(key, value);
            }
        });
}
