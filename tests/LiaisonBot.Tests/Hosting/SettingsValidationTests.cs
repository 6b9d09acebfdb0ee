using System.Net;
using LiaisonBot.Tests.Infrastructure;
using LiaisonBot.Tests.Protocol;

namespace LiaisonBot.Tests.Hosting;

/// <summary>Every options section refuses a start with a value that would break the bot later, naming the setting.</summary>
public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData("Calendar:TimeZone", "Mars/Olympus", "Calendar:TimeZone must be a time zone id such as Asia/Shanghai; got 'Mars/Olympus'.")]
    [InlineData("Calendar:WorkYear", "1900", "Calendar:WorkYear must be between 2000 and 2100; got 1900.")]
    [InlineData("Inbox:Keep", "00:10:00", "Inbox:Keep must be between 01:00:00 and 30.00:00:00; got 00:10:00.")]
    [InlineData("Connector:MaxRetries", "50", "Connector:MaxRetries must be between 0 and 10; got 50.")]
    [InlineData("Reminders:Interval", "00:00:00", "Reminders:Interval must be between 00:00:01 and 06:00:00; got 00:00:00.")]
    [InlineData("Reminders:DigestDay", "9", "Reminders:DigestDay must be a day of the week (Monday … Sunday); got 9.")]
    [InlineData("Roster:RecheckAfter", "-00:00:01", "Roster:RecheckAfter must be between 00:00:00 and 01:00:00; got -00:00:01.")]
    [InlineData("Uploads:DownloadHosts:0", "https://contoso.sharepoint.com/", "Uploads:DownloadHosts must hold host names such as contoso.sharepoint.com or *.sharepoint.com; got 'https://contoso.sharepoint.com/'.")]
    [InlineData("Uploads:MaxFileBytes", "0", "Uploads:MaxFileBytes must be between 1024 and 104857600; got 0.")]
    [InlineData("Plans:MaxTaskRows", "0", "Plans:MaxTaskRows must be between 1 and 20000; got 0.")]
    [InlineData("Plans:RemindDaysBefore:0", "-1", "Plans:RemindDaysBefore must hold numbers between 0 and 365; got -1.")]
    [InlineData("DutyFile:RecomputeDelay", "01:00:00", "DutyFile:RecomputeDelay must be between 00:00:00 and 00:10:00; got 01:00:00.")]
    [InlineData("Meetings:CodeStep", "00:00:00", "Meetings:CodeStep must be between 00:00:05 and 00:05:00; got 00:00:00.")]
    [InlineData("MassSupervision:MinBallots", "1", "MassSupervision:MinBallots must be between 2 and 100; got 1.")]
    [InlineData("Assessment:RemindDaysBefore:0", "400", "Assessment:RemindDaysBefore must hold numbers between 0 and 365; got 400.")]
    [InlineData("Storage:MaxConnections", "0", "Storage:MaxConnections must be between 1 and 1000; got 0.")]
    [InlineData("Outbox:AppRatePerSecond", "0", "Outbox:AppRatePerSecond must be between 1 and 1000.")]
    public async Task ABadValue_RefusesToStart_NamingTheSetting(string setting, string value, string message)
    {
        var failure = await StartupFailure.OfAsync("Testing", new Dictionary<string, string?> { [setting] = value });

        Assert.Contains(message, failure.Message);
    }

    [Fact]
    public async Task EveryProblemOfASection_IsNamedInOneRefusal()
    {
        var failure = await StartupFailure.OfAsync("Testing", new Dictionary<string, string?>
        {
            ["Meetings:MaxCodeAttempts"] = "0",
            ["Meetings:StatusDelay"] = "00:05:00",
        });

        Assert.Contains("Meetings:MaxCodeAttempts must be between 1 and 100; got 0.", failure.Message);
        Assert.Contains("Meetings:StatusDelay must be between 00:00:00 and 00:01:00; got 00:05:00.", failure.Message);
    }

    [Fact]
    public async Task AMissingPdfFont_RefusesAProductionStart()
    {
        var failure = await StartupFailure.OfAsync("Production", new Dictionary<string, string?>
        {
            ["Bot:AllowedTenants"] = TestUser.TenantId,
            ["Bot:PublicBaseUrl"] = "https://liaison.example.cn",
            ["DutyFile:PdfFont"] = "/nowhere/NotoSansCJK-Regular.ttc",
        });

        Assert.Contains("DutyFile:PdfFont must name a font file that exists (Debian: apt-get install fonts-noto-cjk); got '/nowhere/NotoSansCJK-Regular.ttc'.", failure.Message);
    }

    [Fact]
    public async Task AMissingPdfFont_StillStartsOutsideProduction()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["DutyFile:PdfFont"] = "/nowhere/NotoSansCJK-Regular.ttc" });

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/ready")).StatusCode);
    }
}
