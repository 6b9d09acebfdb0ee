using System.Globalization;
using System.Text.Json.Nodes;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Tests.Features.Broadcasts;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Meetings;

/// <summary>
/// A bot whose committee lives in a time zone where it is mid-morning now (a meeting later today never crosses midnight),
/// with a clock the test moves toward the meeting (less than an hour: inbound tokens stay valid), the sample roster and
/// group T01 installed: the leader 高浩然 (English), the others in Chinese.
/// </summary>
public abstract class MeetingScenario : IAsyncLifetime
{
    protected readonly ShiftedClock Clock = new();

    protected BotHost Host { get; private set; } = null!;

    protected TestUser Office { get; private set; } = null!;

    protected List<TestUser> Group { get; private set; } = null!;

    protected TestUser Leader => Group[0];

    /// <summary>The time zone's local "now", and the meeting's start: 40 minutes on, to the minute.</summary>
    protected DateTime LocalNow { get; private set; }

    protected DateTime Start { get; private set; }

    public virtual async Task InitializeAsync()
    {
        var utcHour = DateTime.UtcNow.Hour;
        var ahead = (10 - utcHour + 24) % 24;
        var shift = ahead > 14 ? ahead - 24 : ahead; // Etc/GMT-N is N hours ahead of UTC
        var zone = shift == 0 ? "Etc/UTC" : shift > 0 ? $"Etc/GMT-{shift}" : $"Etc/GMT+{-shift}";
        var settings = new Dictionary<string, string?>(BroadcastTesting.Settings)
        {
            ["Calendar:TimeZone"] = zone,
            ["Meetings:StatusDelay"] = "00:00:00.050",
        };
        Host = await BotHost.StartAsync(settings, services => services.AddSingleton<TimeProvider>(Clock));
        await Host.ImportRosterAsync();
        Office = TestUser.Of(SampleRoster.Secretariat, Host);
        Group = [.. SampleRoster.Roster.MembersOf("T01").Select((m, i) => TestUser.Of(m, Host, i == 0 ? "en-US" : "zh-CN"))];
        foreach (var user in Group.Append(Office))
        {
            await Host.PostAsync(user.Installation("add"));
            await Host.PostAsync(user.Install());
        }

        LocalNow = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime;
        Start = LocalNow.AddMinutes(40).AddSeconds(-LocalNow.Second).AddMilliseconds(-LocalNow.Millisecond);
        Host.Fake.ClearRequests();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>The meeting form as the secretariat (or a leader) fills it in.</summary>
    protected Dictionary<string, string> Form(string approval = "Leader", string groups = "T01", string title = "城关镇联络组三季度协商会") => new()
    {
        [MeetingForm.Kind] = nameof(MeetingKind.Consultation),
        [MeetingForm.Title] = title,
        [MeetingForm.Date] = Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [MeetingForm.StartTime] = Start.ToString("HH:mm", CultureInfo.InvariantCulture),
        [MeetingForm.EndTime] = Start.AddHours(1).ToString("HH:mm", CultureInfo.InvariantCulture),
        [MeetingForm.Place] = "县政协三楼会议室",
        [MeetingForm.Notes] = "议程：一、通报三季度工作；二、协商四季度安排。",
        [MeetingForm.Everyone] = "false",
        [MeetingForm.Groups] = groups,
        [MeetingForm.Approval] = approval,
    };

    /// <summary>Sends a meeting as <paramref name="organiser"/> and waits until every installed invitee has the invitation.</summary>
    protected async Task<string> CreateAsync(TestUser organiser, Dictionary<string, string>? form = null)
    {
        var id = Guid.NewGuid().ToString("N");
        var card = Sent.Text(await ExecuteAsync(organiser, MeetingVerbs.Create, new Dictionary<string, string>(form ?? Form()) { [MeetingVerbs.Id] = id }));
        Assert.Contains("城关镇联络组", card);
        await Eventually.HoldsAsync(() => Group.All(u => Sent.Messages(Host.Fake, u).Count >= 1), "every invitee got the invitation");
        return id;
    }

    protected async Task<JsonNode> ExecuteAsync(TestUser user, string verb, object data) =>
        await Sent.InvokeCardAsync(await Host.PostAsync(user.Execute(verb, data)));

    protected async Task<MeetingEntity> MeetingAsync(string id) => (await Store.FindAsync(id, CancellationToken.None))!;

    protected async Task<InviteeEntity> InviteeAsync(string id, TestUser user) =>
        (await Store.InviteeAsync(id, CodeOf(user), CancellationToken.None))!;

    protected MeetingStore Store => Host.Services.GetRequiredService<MeetingStore>();

    protected static string CodeOf(TestUser user) => SampleRoster.Roster.Members.Single(m => m.Name == user.Name).Code;
}
