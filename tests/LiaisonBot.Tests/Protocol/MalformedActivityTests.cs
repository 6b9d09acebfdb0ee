using System.Net;
using System.Text.Json.Nodes;
using LiaisonBot.Conversations;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Protocol;

/// <summary>Validly signed activities with holes or broken text: a 400 or a sensible answer, never a 5xx.</summary>
public sealed class MalformedActivityTests : IAsyncLifetime
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

    public static TheoryData<string, Func<Activity, Activity>> Holes => new()
    {
        { "no conversation", a => a with { Conversation = null } },
        { "conversation without id", a => a with { Conversation = a.Conversation! with { Id = null } } },
        { "conversation with empty id", a => a with { Conversation = a.Conversation! with { Id = "" } } },
        { "no from", a => a with { From = null } },
        { "from without id", a => a with { From = a.From! with { Id = null } } },
        { "from with empty id", a => a with { From = a.From! with { Id = "" } } },
    };

    [Theory]
    [MemberData(nameof(Holes))]
    public async Task AMessageWithoutConversationOrSender_Gets400_AndNothingElse(string why, Func<Activity, Activity> spoil)
    {
        var response = await host.PostAsync(spoil(user.Message("help")));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {(int)response.StatusCode}");
        await AssertNothingHappenedAsync();
    }

    [Theory]
    [MemberData(nameof(Holes))]
    public async Task AnInvokeWithoutConversationOrSender_Gets400_AndNothingElse(string why, Func<Activity, Activity> spoil)
    {
        var response = await host.PostAsync(spoil(user.Execute("whoami")));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {(int)response.StatusCode}");
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task ALoneSurrogateInATypedMessage_IsCleaned_AndAnswered()
    {
        var json = Json(user.Message("PLACEHOLDER")).Replace("PLACEHOLDER", @"help\ud800", StringComparison.Ordinal);

        var response = await host.PostRawAsync(json, Header());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Sent.Text(Sent.Card(Assert.Single(Sent.Messages(host.Fake, user))));
        Assert.Contains("help\uFFFD", reply); // the help card quotes what it did not understand, damage marked
    }

    [Fact]
    public async Task ALoneSurrogateInACardForm_IsCleaned_AndTheFormIsHandled()
    {
        var form = new JsonObject
        {
            ["type"] = "Research",
            ["title"] = "TITLE",
            ["date"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["place"] = "城关镇",
            ["description"] = "DESCRIPTION",
            ["formId"] = Guid.NewGuid().ToString("N"),
        };
        var json = Json(user.Execute("report.submit", form))
            .Replace("TITLE", @"调研\udc00走访", StringComparison.Ordinal)
            .Replace("DESCRIPTION", @"x\ud800y\ud83d", StringComparison.Ordinal);

        var response = await host.PostRawAsync(json, Header());

        var receipt = Sent.Text(await Sent.InvokeCardAsync(response));
        Assert.Contains("✓ 已记录", receipt);
        Assert.Contains("调研\uFFFD走访", receipt);
    }

    [Fact]
    public async Task AValidSurrogatePair_SurvivesUntouched()
    {
        var json = Json(user.Message("PLACEHOLDER")).Replace("PLACEHOLDER", @"help\ud83d\ude00\\ud800", StringComparison.Ordinal);

        await host.PostRawAsync(json, Header());

        var reply = Sent.Text(Sent.Card(Assert.Single(Sent.Messages(host.Fake, user))));
        Assert.Contains("help😀\\ud800", reply);
    }

    private string Header() => host.Fake.Tokens.Header(s => s with { ServiceUrl = user.ServiceUrl });

    private static string Json(Activity activity) => System.Text.Json.JsonSerializer.Serialize(activity, BotJson.Options);

    private async Task AssertNothingHappenedAsync()
    {
        Assert.Empty(await host.RowsAsync(ConversationStore.Table));
        Assert.Empty(await host.RowsAsync(InboxDeduplicator.Table));
        Assert.Empty(host.Fake.Requests);
    }
}
