using Azure.Data.Tables;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Conversations;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Reminders;
using LiaisonBot.Reminders;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LiaisonBot.Tests.Features.Plans.Reminders;

using Outbox = LiaisonBot.Outbox.Outbox;
using ReminderPass = global::LiaisonBot.Reminders.Reminders;

/// <summary>
/// Reminder passes on a test clock (China Standard Time is UTC+8), against the real storage and outbox: each reminder
/// goes out once per task and day, never in quiet hours, even when two instances run the pass at the same moment.
/// </summary>
public sealed class PlanReminderTests : IAsyncLifetime
{
    private BotHost host = null!;
    private Dictionary<string, TestUser> members = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(PlanTesting.Settings(PlanTesting.FutureYear));
        await host.ImportRosterAsync();
        await PlanTesting.ImportAsync(host, PlanTesting.Workbook(PlanTesting.FutureYear));
        string[] codes = ["M001", "M002", "M003", "M004"];
        members = codes.Zip(await PlanTesting.InstallAsync(host, codes)).ToDictionary(p => p.First, p => p.Second);
        host.Fake.ClearRequests();
        await host.PostAsync(TestUser.Of(SampleRoster.Secretariat, host).Execute(PlanVerbs.Publish, new { group = "T01", year = "2027" }));
        await Eventually.HoldsAsync(() => members.Values.All(u => Sent.Messages(host.Fake, u).Count == 1), "the plan reached everyone");
        host.Fake.ClearRequests();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task SevenDaysBefore_OwnersAreRemindedOnce_EvenByTwoInstancesAtOnce()
    {
        var clock = At("2027-03-24T10:00"); // task 1 (whole group) is due 2027-03-31
        var (a, b) = (Reminders(clock), Reminders(clock));

        var counts = await Task.WhenAll(a.RunAsync(CancellationToken.None), b.RunAsync(CancellationToken.None));
        Assert.Equal(1, counts.Sum());
        Assert.Equal(0, await a.RunAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(0, await b.RunAsync(CancellationToken.None)); // later the same day: already sent

        await Eventually.HoldsAsync(() => members.Values.All(u => Sent.Messages(host.Fake, u).Count == 1), "every owner got the reminder");
        await Task.Delay(300);
        Assert.All(members.Values, u => Assert.Single(Sent.Messages(host.Fake, u)));
        var card = Sent.Text(Sent.Card(Sent.Messages(host.Fake, members["M004"]).Single()));
        Assert.Contains("还有 7 天到期", card);
        Assert.Contains("开展农村人居环境调研", card);
        Assert.Single(await host.RowsAsync(ReminderClaims.Table));
    }

    [Fact]
    public async Task InQuietHours_NothingIsSent_UntilTheyEnd()
    {
        var clock = At("2027-03-24T07:30");
        var reminders = Reminders(clock);

        Assert.Equal(0, await reminders.RunAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(0, await reminders.RunAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(1)); // 08:00
        Assert.Equal(1, await reminders.RunAsync(CancellationToken.None));
        Assert.True(reminders.IsQuiet(new TimeOnly(21, 0)));
        Assert.True(reminders.IsQuiet(new TimeOnly(23, 59)));
        Assert.False(reminders.IsQuiet(new TimeOnly(20, 59)));
    }

    [Fact]
    public async Task OnDigestDay_TheLeaderGetsOverdueAndDueSoonTasks()
    {
        var clock = At("2027-07-07T09:00"); // a Wednesday: tasks 1 and 2 are overdue, task 3 is due in December
        var reminders = Reminders(clock, o => o.DigestDay = DayOfWeek.Wednesday);

        Assert.Equal(1, await reminders.RunAsync(CancellationToken.None));

        await Eventually.HoldsAsync(() => Sent.Messages(host.Fake, members["M001"]).Count == 1, "the leader got the digest");
        var digest = Sent.Text(Sent.Card(Sent.Messages(host.Fake, members["M001"]).Single()));
        Assert.Contains("每周计划提醒", digest);
        Assert.Contains("城关镇联络组：2 项已逾期，0 项一周内到期", digest);
        Assert.Contains("撰写社情民意信息", digest);
        Assert.DoesNotContain("视察城关镇养老服务", digest);
        Assert.Empty(Sent.Messages(host.Fake, members["M004"]));
    }

    [Fact]
    public async Task AClaimLeftByAStoppedInstance_IsFinishedByTheNextPass()
    {
        var clock = At("2027-03-24T10:00");
        var id = "due-2027-T01-1-2027-03-24";
        await host.Services.GetRequiredService<Tables>()[ReminderClaims.Table].AddEntityAsync(
            new TableEntity("2027-03-24", id) { ["Enqueued"] = false, ["ClaimedAt"] = clock.GetUtcNow().AddMinutes(-10) });

        Assert.Equal(1, await Reminders(clock).RunAsync(CancellationToken.None));

        Assert.True((await host.RowsAsync(ReminderClaims.Table)).Single().GetBoolean("Enqueued"));
        await Eventually.HoldsAsync(() => Sent.Messages(host.Fake, members["M004"]).Count == 1, "the reminder went out");
    }

    private ReminderPass Reminders(TimeProvider clock, Action<ReminderOptions>? change = null)
    {
        var options = new ReminderOptions { DigestDay = DayOfWeek.Sunday };
        change?.Invoke(options);
        var s = host.Services;
        var calendar = new WorkCalendar(clock, Options.Create(new CalendarOptions { WorkYear = PlanTesting.FutureYear }));
        var claims = new ReminderClaims(s.GetRequiredService<Tables>(), s.GetRequiredService<Outbox>(), clock, NullLogger<ReminderClaims>.Instance);
        var plans = new PlanReminders(s.GetRequiredService<PlanStore>(), s.GetRequiredService<RosterStore>(), s.GetRequiredService<ConversationStore>(),
            claims, calendar, Options.Create(new PlanOptions()));
        return new ReminderPass(calendar, Options.Create(options), [plans]);
    }

    /// <summary>A test clock at this China Standard Time.</summary>
    private static FakeTimeProvider At(string local) => new(DateTimeOffset.Parse(local + "+08:00"));
}
