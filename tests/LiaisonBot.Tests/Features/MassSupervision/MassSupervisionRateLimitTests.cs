using System.Net;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.MassSupervision;

/// <summary>Refused codes are limited per client address: past the limit even a good code is not looked up until the window ends.</summary>
public sealed class MassSupervisionRateLimitTests
{
    [Fact]
    public async Task AfterTheAllowedNumberOfWrongCodes_TheAddressIsRefused_EvenWithAGoodCode()
    {
        await using var host = await MassTesting.StartAsync(new Dictionary<string, string?> { ["MassSupervision:MaxFailuresPerAddress"] = "5" });
        var mass = new MassTesting(host);
        var campaign = await mass.CampaignAsync();
        var (_, codes) = await mass.BatchAsync(campaign, slips: 1);
        var phone = host.NewClient();

        for (var i = 0; i < 5; i++)
        {
            var wrong = await MassTesting.PostCodeAsync(phone, "ABCDE2345" + "23456789"[i]);
            Assert.Contains("评议码不正确", await wrong.Content.ReadAsStringAsync());
        }

        var blocked = await MassTesting.PostCodeAsync(phone, codes[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Contains("尝试次数过多", await blocked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PastThePostsAllowedAMinute_TheAddressGets429_AsAPolitePage()
    {
        await using var host = await MassTesting.StartAsync(new Dictionary<string, string?> { ["MassSupervision:PostsPerMinute"] = "3" });
        var phone = host.NewClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await MassTesting.PostCodeAsync(phone, "ABCDE23456"));
        }

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3].StatusCode);
        Assert.Contains("尝试次数过多", await answers[3].Content.ReadAsStringAsync());
        Assert.Equal("DENY", answers[3].Headers.GetValues("X-Frame-Options").Single());
    }
}
