using System.Text.Json;
using LiaisonBot.Protocol;

namespace LiaisonBot.Tests.Infrastructure;

/// <summary>
/// A Teams team with one channel besides General, and the activities Teams sends from it: posts that @mention the bot,
/// card actions in the channel, and the team-scope events (bot added/removed, renames, deletions).
/// </summary>
public sealed record TestTeam(string TeamId, string TeamName, string ChannelId, string ChannelName, string ServiceUrl, string BotId)
{
    public string AadGroupId { get; } = Guid.NewGuid().ToString();

    public static TestTeam Create(BotHost host, string teamName = "城关镇联络组", string channelName = "工作报告")
    {
        var id = Guid.NewGuid().ToString("N");
        var team = new TestTeam($"19:{id}@thread.tacv2", teamName, $"19:{id[..16]}c@thread.tacv2", channelName, host.Fake.ServiceUrl, "28:" + host.Fake.AppId);
        host.Fake.AddTeam(team);
        return team;
    }

    /// <summary>A new post in the channel that @mentions the bot, as Teams delivers it (a thread id, a mention entity).</summary>
    public Activity Post(TestUser from, string text) => Base(from, ActivityTypes.Message, $"{ChannelId};messageid={NextMessageId()}") with
    {
        Text = $"<at>LiaisonBot</at> {text}",
        TextFormat = "plain",
        Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = BotId, Name = "LiaisonBot" }, Text = "<at>LiaisonBot</at>" }],
    };

    /// <summary>An Action.Execute press on a card in the channel (a card the bot posted there).</summary>
    public Activity Execute(TestUser from, string verb, object? data = null) => Base(from, ActivityTypes.Invoke, $"{ChannelId};messageid={NextMessageId()}") with
    {
        Name = "adaptiveCard/action",
        ReplyToId = NextMessageId(),
        Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data = data ?? new { } }, trigger = "manual" }),
    };

    public Activity BotAdded(TestUser by) => Event(by, "teamMemberAdded") with
    {
        Conversation = Conversation(ChannelId),
        MembersAdded = [new ChannelAccount { Id = BotId }],
    };

    public Activity BotRemoved(TestUser by) => Event(by, "teamMemberRemoved") with { MembersRemoved = [new ChannelAccount { Id = BotId }] };

    public Activity Uninstalled(TestUser by) => Base(by, ActivityTypes.InstallationUpdate, TeamId) with { Action = "remove" };

    public Activity ChannelRenamed(TestUser by, string name) => Event(by, "channelRenamed", channelName: name);

    public Activity ChannelDeleted(TestUser by) => Event(by, "channelDeleted", channelName: ChannelName);

    public Activity TeamRenamed(TestUser by, string name) => Event(by, "teamRenamed", teamName: name);

    private Activity Event(TestUser by, string eventType, string? channelName = null, string? teamName = null) => Base(by, ActivityTypes.ConversationUpdate, TeamId) with
    {
        Locale = null,
        ChannelData = ChannelData(teamName, channel: channelName is null ? null : new ChannelInfo(ChannelId, channelName)) with { EventType = eventType },
    };

    private Activity Base(TestUser from, string type, string conversationId) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Locale = from.Locale,
        From = new ChannelAccount { Id = from.Id, Name = from.Name, AadObjectId = from.AadObjectId },
        Recipient = new ChannelAccount { Id = BotId, Name = "LiaisonBot" },
        Conversation = Conversation(conversationId),
        ChannelData = ChannelData(teamName: null, channel: new ChannelInfo(ChannelId)),
    };

    private static ConversationAccount Conversation(string id) =>
        new() { Id = id, ConversationType = "channel", IsGroup = true, TenantId = TestUser.TenantId };

    private TeamsChannelData ChannelData(string? teamName, ChannelInfo? channel) => new()
    {
        Tenant = new TenantInfo(TestUser.TenantId),
        Team = new TeamInfo(TeamId, teamName, AadGroupId),
        Channel = channel,
    };

    private static string NextMessageId() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) +
        Random.Shared.Next(100, 999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
