using System.Diagnostics;
using LiaisonBot.Telemetry;

namespace LiaisonBot.Tests.Telemetry;

/// <summary>The last line before the exporters: what a span still carries after it, whatever a library put there.</summary>
public sealed class PersonalDataScrubberTests
{
    [Theory]
    [InlineData("http://127.0.0.1:10002/devstoreaccount1/t1Reports(PartitionKey='M004',RowKey='7d4cce86')?$select=Title",
        "http://127.0.0.1:10002/devstoreaccount1/t1Reports")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1Xy-chat/activities/1700000000000",
        "https://smba.trafficmanager.net/amer/v3/conversations/{id}/activities/{id}")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.tacv2/members/29%3A1abc",
        "https://smba.trafficmanager.net/amer/v3/conversations/{id}/members/{id}")]
    [InlineData("https://acct.queue.core.windows.net/lb-outbox/messages/3f2c1a9e-0000-4000-8000-000000000001?popreceipt=AgAAAA",
        "https://acct.queue.core.windows.net/lb-outbox/messages/{id}")]
    [InlineData("https://login.microsoftonline.com/b0ae5c35-f227-4201-a1d2-f831b08e425c/oauth2/v2.0/token",
        "https://login.microsoftonline.com/{id}/oauth2/v2.0/token")]
    [InlineData("https://contoso-my.sharepoint.com/personal/zhang_san_county_gov_cn/Documents/%E8%AE%A1%E5%88%92.xlsx",
        "https://contoso-my.sharepoint.com/personal/{id}/Documents/{id}")]
    [InlineData("https://bot.example.cn/ballot/0123456789abcdef0123456789abcdef", "https://bot.example.cn/ballot/{id}")]
    public void Url_KeepsHostAndPathShape_DropsKeysIdsAndQuery(string url, string reduced) =>
        Assert.Equal(reduced, UrlRedaction.Reduce(url));

    [Fact]
    public void Span_KeepsOnlyListedAttributes_ReducesUrls_AndDropsTheErrorDescription()
    {
        using var source = new ActivitySource("LiaisonBot.Tests.Scrubber");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        var span = source.StartActivity("GET")!;
        span.SetTag("url.full", "http://127.0.0.1:10002/devstoreaccount1/t1Roster(PartitionKey='member',RowKey='M004')");
        span.SetTag("http.route", "ballot/{code}");
        span.SetTag("url.path", "/ballot/K7Q2M9");
        span.SetTag("url.query", "code=K7Q2M9");
        span.SetTag("db.statement", "PartitionKey eq 'M004'");
        span.SetTag("client.address", "10.20.30.40");
        span.SetTag("user_agent.original", "Teams/1.0 (张三's phone)");
        span.SetTag("az.table.partition_key", "M004");
        span.SetTag("http.response.status_code", 404);
        span.SetTag("liaisonbot.route.name", "report.submit");
        span.SetStatus(ActivityStatusCode.Error, "Conversation a:1m004-chat not found for 李娜");
        span.Stop();

        new PersonalDataScrubber().OnEnd(span);

        Assert.Equal(new Dictionary<string, object?>
        {
            ["url.full"] = "http://127.0.0.1:10002/devstoreaccount1/t1Roster",
            ["http.route"] = "ballot/{code}",
            ["url.path"] = "/ballot/{code}",
            ["http.response.status_code"] = 404,
            ["liaisonbot.route.name"] = "report.submit",
        }, span.TagObjects.ToDictionary(t => t.Key, t => t.Value));
        Assert.Equal((ActivityStatusCode.Error, (string?)null), (span.Status, span.StatusDescription));
    }
}
